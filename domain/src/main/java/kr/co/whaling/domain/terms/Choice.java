package kr.co.whaling.domain.terms;

/** An answer's side: YES (the move happens) or NO. */
public enum Choice {
    YES, NO
}
