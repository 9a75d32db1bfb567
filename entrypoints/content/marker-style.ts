/**
 * Styles of the on-page marker and card. They live in a closed shadow root; `:host` rules are
 * !important because, for important declarations, the shadow tree wins over page rules such
 * as `* { all: unset !important }`.
 */
export const MARKER_CSS = `
:host {
  all: initial !important;
  display: inline-block !important;
  position: relative !important;
  vertical-align: middle !important;
  margin-inline-start: 0.4em !important;
  visibility: visible !important;
  opacity: 1 !important;
}
.mark {
  all: initial;
  box-sizing: border-box;
  display: inline-block;
  font: 700 10px/1 system-ui, sans-serif;
  letter-spacing: 0.02em;
  color: #fff;
  background: #1b5e9b;
  border: 1px solid #fff;
  border-radius: 4px;
  padding: 3px 4px;
  cursor: pointer;
  box-shadow: 0 0 0 1px #1b5e9b;
}
.mark:focus-visible { outline: 2px solid #f5a623; outline-offset: 2px; }
.card {
  all: initial;
  position: absolute;
  z-index: 2147483647;
  top: calc(100% + 6px);
  left: 0;
  box-sizing: border-box;
  width: min(26rem, 90vw);
  padding: 12px 14px;
  border-radius: 8px;
  border: 1px solid #c9d3dd;
  background: #fff;
  color: #1d232a;
  box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
  font: 13px/1.45 system-ui, sans-serif;
  text-align: start;
  white-space: normal;
}
.card[hidden] { display: none; }
p { margin: 0 0 6px; }
.title { font-weight: 650; font-size: 14px; }
.authors, .venue { color: #4a5561; }
.abstract { margin-top: 8px; }
.status { margin: 6px 0 0; color: #4a5561; min-height: 1em; }
.copy {
  all: initial;
  margin-top: 6px;
  font: 600 12px/1 system-ui, sans-serif;
  padding: 6px 10px;
  border-radius: 5px;
  background: #1b5e9b;
  color: #fff;
  cursor: pointer;
}
.copy:focus-visible { outline: 2px solid #f5a623; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2429; color: #e8edf2; border-color: #3d4650; }
  .authors, .venue, .status { color: #aab4be; }
  .mark, .copy { background: #2f7fd0; }
}
`;
