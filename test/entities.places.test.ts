import { describe, expect, it } from 'vitest';
import { findNames } from '../src/analysis/text/names.js';

const kinds = (text: string) => findNames(text).map((m) => `${m.kind}:${m.name}`);

describe('place cues', () => {
  it('reads a name followed by a comma and a known country as a place', () => {
    expect(kinds('Rescuers reached Varnok, Bulgaria, on Friday.')).toContain('place:Varnok');
  });

  it('reads a name after "off" as a place', () => {
    expect(kinds('The tanker sank off Zelvara after the storm.')).toContain('place:Zelvara');
  });

  it('reads geographic names headed by a feature word as places', () => {
    expect(kinds('Ships crossing the Gulf of Tamsa were warned.')).toContain('place:Gulf of Tamsa');
    expect(kinds('Climbers died on Mount Ravel last week.')).toContain('place:Mount Ravel');
  });

  it('keeps a person a person when a country follows in a list or a possessive', () => {
    expect(kinds('Talks with Maria Lopez, Iran’s envoy, ended.')).toContain('person:Maria Lopez');
  });
});

describe('names next to digits and verbs', () => {
  it('does not read the letters after digits as a name', () => {
    expect(kinds('The phone has 16GB of storage.').some((k) => k.endsWith(':GB'))).toBe(false);
  });

  it('drops a capitalised past-tense verb before a first name', () => {
    expect(kinds("RIVERTON 49ERS Fired Jim Calloway, coach.")).toContain('person:Jim Calloway');
  });
});

describe('shouting lines', () => {
  it('finds a person named with a known first name in a line written in capitals', () => {
    expect(kinds('GARY TOLLAND REMAINS IN TALKS TO DIRECT THE FILM\nThe studio said talks went on.')).toEqual(['person:Gary Tolland']);
  });

  it('finds a person named elsewhere in the article, in full or by surname', () => {
    const text = 'BRONSKI KEEPS HIS BELT AFTER LONG FIGHT\nVadim Bronski said he was tired after the fight.';
    const found = findNames(text);
    const shouted = found.find((m) => m.start === 0);
    expect(shouted?.kind).toBe('person');
    expect(shouted?.key).toBe('person:vadim bronski');
  });

  it('leaves ordinary lines alone', () => {
    expect(kinds('Gary Tolland Remains In Talks, the studio said.')).not.toContain('person:Gary Tolland');
  });
});

