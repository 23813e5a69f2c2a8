/**
 * Word-keyed memos for the pure word tests the engines ask of the same words over and over (an
 * article repeats a few thousand distinct words; two 5,000-word pieces ask each test ~15,000
 * times). The bound keeps a long-running bot's memory flat: past it the memo starts again.
 */
const NO_ANSWER = Symbol('undefined');

export function memoByWord<T>(test: (word: string) => T, max: number): (word: string) => T {
  const answers = new Map<string, T | typeof NO_ANSWER>();
  return (word) => {
    const known = answers.get(word);
    if (known !== undefined) return known === NO_ANSWER ? (undefined as T) : known;
    const answer = test(word);
    if (answers.size >= max) answers.clear();
    answers.set(word, answer === undefined ? NO_ANSWER : answer);
    return answer;
  };
}
