/**
 * Reporting frames in a sentence: who reports (the speaker phrase), with which cue, and where the
 * reported content is. Used for indirect speech (`X said (that) …`, `X told Y that …`,
 * `according to X, …`, `…, X said.`) and to attribute quotes that sit inside reported speech.
 * The readers live in ./indirect/, one kind of frame per module.
 */
export { framesIn } from './indirect/frames.js';
export type { Frame } from './indirect/frame.js';
