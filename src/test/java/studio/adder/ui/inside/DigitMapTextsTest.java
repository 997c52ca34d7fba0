package studio.adder.ui.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import studio.adder.explain.SumErrors;

/** The sentence that names the sums the sum head misses most. */
class DigitMapTextsTest {

    @Test
    void theWorstThreeSumsAreNamedWorstFirst() {
        int[] pairs = new int[19];
        int[] wrong = new int[19];
        pairs[9] = 100;
        wrong[9] = 31;
        pairs[10] = 50;
        wrong[10] = 25;
        pairs[3] = 10;
        wrong[3] = 1;
        pairs[17] = 20;
        wrong[17] = 2;
        assertEquals(", and misses most on 10 (50 %), 9 (31 %), 3 (10 %)",
                DigitMapTexts.worstSums(new SumErrors(pairs, wrong)));
    }

    @Test
    void aHeadThatRarelyMissesGetsNoSentence() {
        int[] pairs = new int[19];
        int[] wrong = new int[19];
        pairs[9] = 100;
        wrong[9] = 4;
        assertEquals("", DigitMapTexts.worstSums(new SumErrors(pairs, wrong)));
        assertEquals("", DigitMapTexts.worstSums(new SumErrors(new int[19], new int[19])));
    }
}
