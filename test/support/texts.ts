/** Short articles written for these tests (not taken from any publication). */

export const HARBOUR_STORY = [
  'The city council of Port Avery voted on Tuesday to close the old harbour bridge to cars from March, after engineers found corrosion in two of its steel supports.',
  '“We cannot ask people to drive over a bridge we would not stand under,” said Maria Lopez, the mayor of Port Avery. She added that buses and cyclists would still be allowed to cross.',
  'The repairs are expected to cost $14 million and take about eighteen months, according to a report by the engineering firm Halden & Co.',
  'Shopkeepers on the east bank warned that the closure would cut their trade. “Half my customers come over that bridge,” said Tom Reyes, who runs a bakery near the harbour.',
  'The council said it would add a free ferry service during the works and review the plan in September.',
];

export const LIBRARY_STORY = [
  'Riverside’s central library will stay open until midnight during the exam season, the county education board announced on Monday.',
  'The board’s chair, Anita Shah, said the trial would run for six weeks and cost about $80,000, paid from an unused technology budget.',
  '“Students told us they had nowhere quiet to work late at night,” Shah said. Librarians will be paid overtime for the extra hours.',
  'The library union welcomed the decision but asked for security staff on every late shift. A spokesperson for the board said that request was being considered.',
  'If the trial is judged a success, the late opening could become permanent from next year.',
];

/** A short piece whose fourth sentence restates the lead in other words (summary redundancy and lead-keeping tests). */
export const EASTBROOK_BRIDGE = [
  'The Eastbrook council approved a new harbour bridge on Monday after a two-year dispute.',
  'Construction will begin in the spring and should take eighteen months.',
  'Ferries will keep running across the harbour until the bridge opens.',
  'The council approved the harbour bridge by nine votes to four after a heated evening debate.',
  'The ferry company welcomed the decision and promised extra sailings.',
  'Local shops hope the bridge will bring more visitors to the old town.',
  'A public meeting on the design is planned for June.',
  'The bridge will cost twelve million pounds, paid for by a regional grant.',
];

export function asPastedText(title: string, paragraphs: string[]): string {
  return `${title}\n\n${paragraphs.join('\n\n')}`;
}
