// No native string extractor: msgpackr falls back to its JavaScript implementation.
module.exports = undefined;
