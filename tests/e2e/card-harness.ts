/**
 * Runs the on-page marker and card in a plain page for the accessibility check: the same
 * Markers code as the content script, with card data supplied here. The test opens shadow
 * roots (page-side) so axe can read inside; the extension's own are closed.
 */
import { Markers } from '../../entrypoints/content/markers';

const markers = new Markers({
  loadCard: async (paperId) => ({
    id: paperId,
    title: 'u-µP: The Unit-Scaled Maximal Update Parametrization',
    authors: 'Charlie Blake, Constantin Eichenberg, Josef Dean, Lukas Balles et al.',
    venue: 'ICLR 2025 (WANT@ICML 2024)',
    abstract:
      'The Maximal Update Parametrization (μP) aims to make the optimal hyperparameters of a model independent of its size.',
    citation: { label: 'BibTeX', text: '@inproceedings{blake2024umup}' },
  }),
  copy: async () => true,
});
const title = document.querySelector('h1');
if (title) markers.update([{ paperId: 'u-mup', title }]);
