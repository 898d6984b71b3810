package com.careergpt.service.scraping.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Locale;
import java.util.Properties;

/**
 * Which yearly pay figures are plausible in a currency: about 1,000 to 5,000,000 US dollars a year, converted with
 * the approximate, dated rate table {@code scraping/usd-per-unit.properties} shipped with the service (so 610,000 JPY
 * a month is plausible and 1 USD an hour is not). Also tells ISO 4217 codes from look-alikes.
 */
final class PayBounds {

    static final BigDecimal MIN_YEARLY_USD = BigDecimal.valueOf(1_000);
    static final BigDecimal MAX_YEARLY_USD = BigDecimal.valueOf(5_000_000);
    private static final Properties USD_PER_UNIT = load();

    private PayBounds() {
    }

    private static Properties load() {
        Properties rates = new Properties();
        try (InputStream in = PayBounds.class.getClassLoader().getResourceAsStream("scraping/usd-per-unit.properties")) {
            if (in != null) {
                rates.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rates;
    }

    /** Whether a yearly figure in the currency is plausible pay; unknown currencies get the dollar bounds. */
    static boolean plausibleYearly(BigDecimal yearly, String currency) {
        if (yearly == null) {
            return true;
        }
        String rate = currency == null ? null : USD_PER_UNIT.getProperty(currency);
        BigDecimal usd = rate == null ? yearly : yearly.multiply(new BigDecimal(rate), MathContext.DECIMAL64);
        return usd.compareTo(MIN_YEARLY_USD) >= 0 && usd.compareTo(MAX_YEARLY_USD) <= 0;
    }

    /** The code when it is an ISO 4217 currency code. */
    static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException | NullPointerException notACurrency) {
            return false;
        }
    }

    /** The currency of a country (ISO alpha-2 or alpha-3), or null. */
    static String currencyOfCountry(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String code = country.trim().toUpperCase(Locale.ROOT);
        if (code.length() == 3) {
            code = Locations.alpha2(code);
        }
        try {
            Currency currency = code == null ? null : Currency.getInstance(new Locale("", code));
            return currency == null ? null : currency.getCurrencyCode();
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
