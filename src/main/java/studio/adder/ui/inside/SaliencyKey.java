package studio.adder.ui.inside;

import studio.adder.explain.Explanation;
import studio.adder.explain.Head;
import studio.adder.explain.SaliencyMethod;

/**
 * What one saliency was measured for: an explanation (by identity: two drawings may explain alike), a head and a
 * method.
 */
record SaliencyKey(Explanation explanation, Head head, SaliencyMethod method) {

    @Override
    public boolean equals(Object other) {
        return other instanceof SaliencyKey key && key.explanation == explanation && key.head == head
                && key.method == method;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(explanation) * 31 + head.hashCode() * 7 + method.hashCode();
    }
}
