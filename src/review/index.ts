// Review and correct: confidence you can see, corrections applied over the extracted
// graph as a pure function, shared by the explorer and the CLI.
export { applyCorrections, unapplied, type AppliedCorrections, type CorrectionOutcome, type PlacedBy } from './apply';
export { CONFIDENCE_LEVELS, confidenceOf, computeConfidence, describeConfidence, LEVEL_LABELS, type Confidence, type ConfidenceLevel } from './confidence';
export { correctedItems, describeCorrected, describeCorrection, describeOutcome } from './describe';
export { hedgesIn, type Hedge } from './hedges';
export { entityRef, meetingRef, stamp } from './refs';
