package com.careergpt.service.scraping.jobs;

import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.AttributeConverter;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.JsonNamed;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.SalaryPeriod;
import com.careergpt.service.scraping.Seniority;

/** The job's enums stored by their JSON names ({@code full_time}, {@code hybrid}), as the API writes them. */
final class JsonNamedColumns {

    private JsonNamedColumns() {
    }

    abstract static class ByJsonName<E extends Enum<E> & JsonNamed> implements AttributeConverter<E, String> {

        private final Function<String, Optional<E>> fromJson;

        ByJsonName(Function<String, Optional<E>> fromJson) {
            this.fromJson = fromJson;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : value.json();
        }

        @Override
        public E convertToEntityAttribute(String stored) {
            return stored == null ? null : fromJson.apply(stored)
                    .orElseThrow(() -> new IllegalStateException("No constant is stored as '" + stored + "'"));
        }
    }

    static final class RemoteModes extends ByJsonName<RemoteMode> {
        RemoteModes() {
            super(RemoteMode::fromJson);
        }
    }

    static final class Seniorities extends ByJsonName<Seniority> {
        Seniorities() {
            super(Seniority::fromJson);
        }
    }

    static final class EmploymentTypes extends ByJsonName<EmploymentType> {
        EmploymentTypes() {
            super(EmploymentType::fromJson);
        }
    }

    static final class SalaryPeriods extends ByJsonName<SalaryPeriod> {
        SalaryPeriods() {
            super(SalaryPeriod::fromJson);
        }
    }
}
