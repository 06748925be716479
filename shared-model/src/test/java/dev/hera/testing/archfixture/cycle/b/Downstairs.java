package dev.hera.testing.archfixture.cycle.b;

import dev.hera.testing.archfixture.cycle.a.Upstairs;

/** The other half of the package cycle of {@link Upstairs}. */
public class Downstairs {

    public Upstairs above() {
        return new Upstairs();
    }
}
