package kr.co.whaling.application.port.in.model;

/** What one settlement run did: questions settled, voided, and still waiting for a price. */
public record SettlementReport(int settled, int voided, int waiting) {
}
