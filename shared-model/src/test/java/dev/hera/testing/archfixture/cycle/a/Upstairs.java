package dev.hera.testing.archfixture.cycle.a;

import dev.hera.testing.archfixture.cycle.b.Downstairs;

/** Half of a package cycle, for the test that shows the architecture rule catches one. */
public class Upstairs {

    public Downstairs below() {
        return new Downstairs();
    }
}
