package com.careergpt.service.scraping.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.SalaryPeriod;
import com.careergpt.service.scraping.Seniority;

class JsonNamedColumnsTest {

    @Test
    void enumsAreStoredByTheirJsonNamesAsBeforeTheEntityHeldThem() {
        assertThat(new JsonNamedColumns.RemoteModes().convertToDatabaseColumn(RemoteMode.ONSITE)).isEqualTo("onsite");
        assertThat(new JsonNamedColumns.EmploymentTypes().convertToDatabaseColumn(EmploymentType.FULL_TIME))
                .isEqualTo("full_time");
        assertThat(new JsonNamedColumns.Seniorities().convertToDatabaseColumn(Seniority.PRINCIPAL)).isEqualTo("principal");
        assertThat(new JsonNamedColumns.SalaryPeriods().convertToDatabaseColumn(SalaryPeriod.MONTH)).isEqualTo("month");
        assertThat(new JsonNamedColumns.SalaryPeriods().convertToDatabaseColumn(null)).isNull();
    }

    @Test
    void everyConstantReadsBackFromWhatItStores() {
        JsonNamedColumns.EmploymentTypes column = new JsonNamedColumns.EmploymentTypes();
        for (EmploymentType type : EmploymentType.values()) {
            assertThat(column.convertToEntityAttribute(column.convertToDatabaseColumn(type))).isEqualTo(type);
        }
        assertThat(column.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void aStoredNameNoConstantHasFailsInsteadOfReadingAsNone() {
        assertThatThrownBy(() -> new JsonNamedColumns.RemoteModes().convertToEntityAttribute("sometimes"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sometimes");
    }
}
