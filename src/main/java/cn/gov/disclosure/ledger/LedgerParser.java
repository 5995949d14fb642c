package cn.gov.disclosure.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import cn.gov.disclosure.common.Refusal;
import cn.gov.disclosure.common.Wording;
import cn.gov.disclosure.ledger.LedgerLayout.Column;
import cn.gov.disclosure.ledger.LedgerLayout.Vocabulary;

/**
 * Reads the rows of a ledger's sheets into entries, each cell by its column's type, as the rows
 * come; every cell that cannot be read is listed ({@link LedgerError}), not just the first.
 */
final class LedgerParser {

    /** The longest text a cell may hold, by column; the case's own limits. */
    private static final Map<Column, Integer> LIMITS = Map.of(Column.NUMBER, 64, Column.APPLICANT_NAME, 200,
            Column.ID_NUMBER, 64, Column.PHONE, 64, Column.EMAIL, 200, Column.ADDRESS, 500, Column.DESCRIPTION, 10000,
            Column.DEPARTMENT, 32);

    /** An entry with the row it came from. */
    record Row<T>(int number, T entry) {
    }

    private final LedgerFiles.Sheets sheets;
    private final List<LedgerError> errors;
    private int rows;

    /** Reads {@code sheets}, listing what cannot be read in {@code errors}. */
    LedgerParser(LedgerFiles.Sheets sheets, List<LedgerError> errors) {
        this.sheets = sheets;
        this.errors = errors;
    }

    /** How many rows the sheets read so far hold. */
    int rows() {
        return rows;
    }

    /** Passes each application read to {@code entries}. */
    void applications(Consumer<Row<LedgerEntry>> entries) throws LedgerFiles.Unreadable {
        // A workbook of one sheet, whatever its name, is the applications (a CSV saved as XLSX).
        List<String> names = sheets.names();
        String sheet = names.size() == 1 ? names.get(0) : LedgerLayout.APPLICATIONS;
        if (!names.contains(sheet)) {
            throw notALedger();
        }
        sheets.read(sheet, new LedgerFiles.SheetRows() {

            private boolean complete;

            @Override
            public void headers(List<String> headers) {
                if (Column.of(LedgerLayout.APPLICATIONS).stream().noneMatch(c -> headers.contains(c.header))) {
                    // Not a ledger at all (another workbook, a text, a page): refused whole, not row by row.
                    throw notALedger();
                }
                complete = hasHeaders(LedgerLayout.APPLICATIONS, headers, required(LedgerLayout.APPLICATIONS));
            }

            @Override
            public void row(LedgerFiles.RawRow row) {
                rows++;
                if (complete) {
                    entry(row).ifPresent(entry -> entries.accept(new Row<>(row.number(), entry)));
                }
            }
        });
    }

    /** Passes each review read to {@code reviews}. */
    void reviews(Consumer<Row<LedgerReview>> reviews) throws LedgerFiles.Unreadable {
        if (!sheets.names().contains(LedgerLayout.REVIEWS)) {
            return;
        }
        sheets.read(LedgerLayout.REVIEWS, new LedgerFiles.SheetRows() {

            private List<String> headers;
            private boolean read;
            private boolean complete;

            @Override
            public void headers(List<String> headers) {
                this.headers = headers;
            }

            @Override
            public void row(LedgerFiles.RawRow row) {
                rows++;
                // An empty sheet of reviews is no error, whatever its headers.
                if (!read) {
                    read = true;
                    complete = hasHeaders(LedgerLayout.REVIEWS, headers, required(LedgerLayout.REVIEWS));
                }
                if (complete) {
                    review(row).ifPresent(review -> reviews.accept(new Row<>(row.number(), review)));
                }
            }
        });
    }

    private static Refusal notALedger() {
        return Refusal.ofField("file", LedgerRefusal.NOT_A_LEDGER);
    }

    private static List<String> required(String sheet) {
        return Column.of(sheet).stream().filter(c -> c.required).map(c -> c.header).toList();
    }

    private boolean hasHeaders(String sheet, List<String> headers, List<String> required) {
        List<String> missing = required.stream().filter(h -> !headers.contains(h)).toList();
        missing.forEach(header -> errors.add(new LedgerError(sheet, 1, header,
                Wording.chinese("Ledger.MISSING_HEADER", "header", header))));
        return missing.isEmpty();
    }

    private Optional<LedgerEntry> entry(LedgerFiles.RawRow row) {
        Cells cells = new Cells(LedgerLayout.APPLICATIONS, row);
        LedgerEntry entry = new LedgerEntry(cells.text(Column.NUMBER), cells.word(Column.APPLICANT_TYPE,
                LedgerLayout.APPLICANT_TYPES), cells.text(Column.APPLICANT_NAME), cells.text(Column.ID_NUMBER),
                cells.text(Column.PHONE), cells.text(Column.EMAIL), cells.text(Column.ADDRESS),
                cells.word(Column.CHANNEL, LedgerLayout.CHANNELS), cells.date(Column.RECEIVED_ON),
                cells.text(Column.DESCRIPTION), cells.word(Column.DELIVERY_FORM, LedgerLayout.DELIVERY_FORMS),
                cells.text(Column.DEPARTMENT), cells.date(Column.ACCEPTED_ON),
                cells.date(Column.CORRECTION_REQUESTED_ON),
                cells.date(Column.CORRECTION_DUE_ON), cells.date(Column.CORRECTED_ON), cells.date(Column.CONSULTED_ON),
                cells.date(Column.CONSULTATION_REPLIED_ON), cells.date(Column.EXTENDED_ON),
                cells.date(Column.FEE_NOTIFIED_ON), cells.word(Column.FEE_METHOD, LedgerLayout.FEE_METHODS),
                cells.count(Column.FEE_PAGES), cells.date(Column.FEE_PAID_ON), cells.date(Column.CLOSED_ON),
                cells.word(Column.OUTCOME, LedgerLayout.OUTCOMES));
        return cells.refused ? Optional.empty() : Optional.of(entry);
    }

    private Optional<LedgerReview> review(LedgerFiles.RawRow row) {
        Cells cells = new Cells(LedgerLayout.REVIEWS, row);
        String after = cells.raw(Column.AFTER_RECONSIDERATION.header, false);
        if (after != null && !after.equals(LedgerLayout.YES) && !after.equals(LedgerLayout.NO)) {
            cells.refuse(Column.AFTER_RECONSIDERATION.header, Wording.chinese("Ledger.YES_NO"));
        }
        LedgerReview review = new LedgerReview(cells.raw(Column.REVIEW_NUMBER.header, true),
                cells.word(Column.REVIEW_KIND.header, true, LedgerLayout.REVIEW_KINDS), LedgerLayout.YES.equals(after),
                cells.date(Column.FILED_ON.header, true),
                cells.word(Column.RESULT.header, false, LedgerLayout.REVIEW_RESULTS),
                cells.date(Column.CONCLUDED_ON.header, false));
        return cells.refused ? Optional.empty() : Optional.of(review);
    }

    /** The cells of one row, read by type; what cannot be read is listed and marks the row refused. */
    private final class Cells {

        private final String sheet;
        private final LedgerFiles.RawRow row;
        boolean refused;

        Cells(String sheet, LedgerFiles.RawRow row) {
            this.sheet = sheet;
            this.row = row;
        }

        void refuse(String header, String message) {
            errors.add(new LedgerError(sheet, row.number(), header, message));
            refused = true;
        }

        String raw(String header, boolean required) {
            String value = row.cells().get(header);
            if (value == null && required) {
                refuse(header, Wording.chinese("Ledger.REQUIRED"));
            }
            return value;
        }

        String text(Column column) {
            String value = raw(column.header, column.required);
            Integer limit = LIMITS.get(column);
            if (value != null && limit != null && value.length() > limit) {
                refuse(column.header, Wording.chinese("Ledger.TOO_LONG", "max", limit));
                return null;
            }
            return value;
        }

        <E extends Enum<E>> E word(Column column, Vocabulary<E> words) {
            return word(column.header, column.required, words);
        }

        <E extends Enum<E>> E word(String header, boolean required, Vocabulary<E> words) {
            String value = raw(header, required);
            if (value == null) {
                return null;
            }
            Optional<E> read = words.read(value);
            if (read.isEmpty()) {
                refuse(header, Wording.chinese("Ledger.NOT_A_WORD", "value", value, "words",
                        String.join("、", words.words())));
            }
            return read.orElse(null);
        }

        LocalDate date(Column column) {
            return date(column.header, column.required);
        }

        LocalDate date(String header, boolean required) {
            String value = raw(header, required);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.length() > 10 && value.charAt(10) == ' ' ? value.substring(0, 10) : value);
            } catch (DateTimeParseException e) {
                refuse(header, Wording.chinese("Ledger.NOT_A_DATE", "value", value));
                return null;
            }
        }

        Integer count(Column column) {
            String value = raw(column.header, column.required);
            if (value == null) {
                return null;
            }
            if (!value.matches("\\d{1,6}")) {
                refuse(column.header, Wording.chinese("Ledger.NOT_PAGES", "value", value));
                return null;
            }
            return Integer.valueOf(value);
        }
    }
}
