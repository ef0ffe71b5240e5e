package kr.co.whaling.adapter.in.web;

import kr.co.whaling.domain.terms.Choice;

/** The API's numbers for a choice: 1 is yes, 2 is no. */
final class ChoiceCodes {

    static int code(Choice choice) {
        return choice == Choice.YES ? 1 : 2;
    }

    /** Only called with a validated 1 or 2. */
    static Choice choice(int code) {
        return switch (code) {
            case 1 -> Choice.YES;
            case 2 -> Choice.NO;
            default -> throw new IllegalArgumentException("choice must be 1 or 2: " + code);
        };
    }
}
