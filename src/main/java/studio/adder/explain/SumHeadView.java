package studio.adder.explain;

/** How the sum head turns (digit logits, number) into a sum, in the form that suits its architecture. */
public sealed interface SumHeadView permits CompactSumGrid, LinearSumMap {
}
