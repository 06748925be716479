package dev.hera.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.hera.config.HeraConfig.KeyForm;

class SessionKeysTest {

    private static final String ID = "0b9f6a52-3c1e-4d2a-9f3e-7a1b2c3d4e5f";

    @Test
    void plainFormIsTheReferenceForm() {
        SessionKeys keys = new SessionKeys(KeyForm.PLAIN);
        assertEquals("session:" + ID + ":user_profile", keys.of(ID, SessionKey.USER_PROFILE));
        assertEquals("session:" + ID + ":_meta", keys.of(ID, SessionKey.META));
        assertEquals("session:*:_meta", keys.metaPattern());
        assertEquals(Optional.of(ID), keys.sessionIdOfMetaKey("session:" + ID + ":_meta"));
    }

    @Test
    void clusterFormPutsTheIdInAHashTagSoAllKeysShareOneSlot() {
        SessionKeys keys = new SessionKeys(KeyForm.CLUSTER);
        assertEquals("session:{" + ID + "}:family_plan", keys.of(ID, SessionKey.FAMILY_PLAN));
        assertEquals("session:{*}:_meta", keys.metaPattern());
        assertEquals(Optional.of(ID), keys.sessionIdOfMetaKey("session:{" + ID + "}:_meta"));
        keys.all(ID).forEach(key -> assertEquals(ID, key.substring(key.indexOf('{') + 1, key.indexOf('}'))));
    }

    @Test
    void everyKeyOfASessionIsListedOnceInScriptOrder() {
        SessionKeys keys = new SessionKeys(KeyForm.PLAIN);
        var all = keys.all(ID);
        assertEquals(SessionKey.values().length, all.size());
        for (SessionKey key : SessionKey.values()) {
            assertEquals(keys.of(ID, key), all.get(key.scriptIndex() - 1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "..", "abc", "0B9F6A52-3C1E-4D2A-9F3E-7A1B2C3D4E5F", "0b9f6a52-3c1e-4d2a-9f3e-7a1b2c3d4e5f:x",
            "*", "0b9f6a52-3c1e-4d2a-9f3e-7a1b2c3d4e5", "{0b9f6a52-3c1e-4d2a-9f3e-7a1b2c3d4e5f}" })
    void anythingButACanonicalUuidIsRefused(String bad) {
        SessionKeys keys = new SessionKeys(KeyForm.PLAIN);
        assertThrows(IllegalArgumentException.class, () -> keys.of(bad, SessionKey.USER_PROFILE));
        assertEquals(Optional.empty(), keys.sessionIdOfMetaKey("session:" + bad + ":_meta"));
    }
}
