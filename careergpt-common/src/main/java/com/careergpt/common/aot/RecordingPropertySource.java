package com.careergpt.common.aot;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.env.PropertySource;

/**
 * A property source that holds nothing and remembers every name it was asked for. Placed first while the
 * application context is processed ahead of time, it sees each property a condition, a profile or a placeholder
 * consulted.
 */
final class RecordingPropertySource extends PropertySource<Set<String>> {

    static final String NAME = "careergptConsultedProperties";

    RecordingPropertySource() {
        super(NAME, Collections.synchronizedSet(new TreeSet<>()));
    }

    @Override
    public Object getProperty(String name) {
        getSource().add(name);
        return null;
    }

    Set<String> consulted() {
        synchronized (getSource()) {
            return Set.copyOf(getSource());
        }
    }
}
