package com.careergpt.service.scraping.jobs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Salary;

/** Turns a {@link JobFilter} into one query; the skill is matched on its canonical name through {@code job_skills}. */
final class JobSpecifications {

    private JobSpecifications() {
    }

    static Specification<StoredJob> matching(JobFilter filter, String canonicalSkill, String companyKey) {
        return (root, query, cb) -> {
            Path<Location> location = root.get("location");
            Path<Salary> salary = root.get("salary");
            List<Predicate> predicates = new ArrayList<>();
            if (!filter.includeDuplicates()) {
                predicates.add(cb.isNull(root.get("duplicateOf")));
            }
            if (hasText(filter.q())) {
                String like = like(filter.q());
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("title")), like, '\\'),
                        cb.like(cb.lower(root.get("company")), like, '\\'),
                        cb.like(cb.lower(root.get("description")), like, '\\')));
            }
            if (hasText(filter.company())) {
                predicates.add(cb.or(
                        cb.equal(root.get("companyKey"), companyKey),
                        cb.like(cb.lower(root.get("company")), like(filter.company()), '\\')));
            }
            if (hasText(filter.location())) {
                String like = like(filter.location());
                String code = filter.location().trim().toUpperCase(Locale.ROOT);
                predicates.add(cb.or(
                        cb.like(cb.lower(location.get("city")), like, '\\'),
                        cb.equal(cb.upper(location.get("region")), code),
                        cb.equal(location.get("country"), code)));
            }
            if (filter.remote() != null) {
                predicates.add(cb.equal(root.get("remote"), filter.remote()));
            }
            if (hasText(filter.currency())) {
                predicates.add(cb.equal(salary.get("currency"), filter.currency().trim().toUpperCase(Locale.ROOT)));
            }
            // Column-to-value comparisons only: SQLite applies the column's numeric affinity to the bound value,
            // which it would not do through coalesce().
            if (filter.salaryMin() != null) {
                predicates.add(cb.or(
                        cb.greaterThanOrEqualTo(salary.<BigDecimal>get("yearlyMax"), filter.salaryMin()),
                        cb.and(cb.isNull(salary.get("yearlyMax")),
                                cb.greaterThanOrEqualTo(salary.<BigDecimal>get("yearlyMin"), filter.salaryMin()))));
            }
            if (filter.salaryMax() != null) {
                predicates.add(cb.or(
                        cb.lessThanOrEqualTo(salary.<BigDecimal>get("yearlyMin"), filter.salaryMax()),
                        cb.and(cb.isNull(salary.get("yearlyMin")),
                                cb.lessThanOrEqualTo(salary.<BigDecimal>get("yearlyMax"), filter.salaryMax()))));
            }
            if (filter.postedSince() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("datePosted"), filter.postedSince()));
            }
            if (hasText(filter.skill())) {
                predicates.add(hasSkill(root, query.subquery(String.class), cb, canonicalSkill));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static Predicate hasSkill(Root<StoredJob> root, Subquery<String> sub, CriteriaBuilder cb, String skill) {
        Root<StoredJob> inner = sub.from(StoredJob.class);
        sub.select(inner.get("id")).where(cb.equal(inner.join("skillSet"), skill));
        return root.get("id").in(sub);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String like(String value) {
        String escaped = value.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
