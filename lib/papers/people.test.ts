import { describe, expect, it } from 'vitest';
import { exampleIndex } from './__fixtures__/index';
import { peopleOf, personId, resolveAuthor, splitName } from './people';

describe('splitName', () => {
  it.each([
    ['Charlie Blake', 'Charlie', 'Blake'],
    ['Andres Felipe Cruz-Salinas', 'Andres Felipe', 'Cruz-Salinas'],
    ['Godfrey Da costa', 'Godfrey', 'Da costa'],
    ['Luke Y. Prince', 'Luke Y.', 'Prince'],
    ['Plato', '', 'Plato'],
  ])('%s', (printed, given, family) => {
    expect(splitName(printed)).toEqual({ given, family });
  });
});

describe('personId', () => {
  it('drops initials and folds diacritics, like the index ids', () => {
    expect(personId('Luke Y.', 'Prince')).toBe('luke-prince');
    expect(personId('Ian P', 'Barrett')).toBe('ian-barrett');
    expect(personId('Anastasia S. D.', 'Dietrich')).toBe('anastasia-dietrich');
    expect(personId('Błażej', 'Banaszewski')).toBe('blazej-banaszewski');
    expect(personId('Kerstin', 'Kläser')).toBe('kerstin-klaser');
  });
});

describe('resolveAuthor', () => {
  const people = peopleOf(exampleIndex().papers);

  it('keeps a known spelling as the index has it', () => {
    expect(resolveAuthor({ printed: 'Andrew William Fitzgibbon' }, people)).toEqual({
      author: { given: 'Andrew William', family: 'Fitzgibbon', person: 'andrew-fitzgibbon' },
    });
  });

  it('takes a new spelling with the same names as that person', () => {
    expect(resolveAuthor({ printed: 'Sergio Perez' }, people).author.person).toBe('sergio-perez');
  });

  it('takes a compatible new spelling as the known person, and says so', () => {
    expect(resolveAuthor({ printed: 'Luke Yuri Prince' }, people)).toEqual({
      author: { given: 'Luke Yuri', family: 'Prince', person: 'luke-prince' },
      inferred: '"Luke Yuri Prince" taken as luke-prince (printed "Luke Y. Prince" before)',
    });
    expect(resolveAuthor({ printed: 'Dom Masters' }, people).author.person).toBe('dominic-masters');
  });

  it('asks about a new person with a known family name and initial', () => {
    expect(resolveAuthor({ printed: 'Chris Blake' }, people)).toEqual({
      author: { given: 'Chris', family: 'Blake', person: 'chris-blake' },
      question:
        'authors: "Chris Blake" is a new person (chris-blake), but charlie-blake ("Charlie Blake") has the same family name and initial: if the same, give it that person id and spelling',
    });
  });

  it('uses the split a BibTeX name gives', () => {
    expect(
      resolveAuthor(
        { printed: 'Manuel Lopez Roldan', split: { given: 'Manuel', family: 'Lopez Roldan' } },
        people,
      ).author,
    ).toEqual({ given: 'Manuel', family: 'Lopez Roldan', person: 'manuel-lopez-roldan' });
  });
});
