package cn.gov.disclosure.ledger;

/** Why one cell (or one row, where {@code column} is null) of a ledger is refused, in Chinese. */
public record LedgerError(String sheet, int row, String column, String message) {
}
