package kr.co.whaling.domain.terms;

import java.util.Optional;

/** How many answered YES and NO, among all and among whales; a tie, or no answer, has no majority. */
public record Tally(long yes, long no, long whaleYes, long whaleNo) {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0);

    public Tally {
        if (yes < 0 || no < 0 || whaleYes < 0 || whaleNo < 0 || whaleYes > yes || whaleNo > no) {
            throw new IllegalArgumentException("invalid tally " + yes + "/" + no + "/" + whaleYes + "/" + whaleNo);
        }
    }

    public long total() {
        return yes + no;
    }

    public Tally with(Choice choice, boolean whale) {
        boolean isYes = choice == Choice.YES;
        return new Tally(yes + (isYes ? 1 : 0), no + (isYes ? 0 : 1),
                whaleYes + (isYes && whale ? 1 : 0), whaleNo + (!isYes && whale ? 1 : 0));
    }

    /** The crowd's majority side, empty on a tie or with no answer. */
    public Optional<Choice> crowdMajority() {
        return majority(yes, no);
    }

    /** The whales' majority side, empty on a tie or with no whale answer. */
    public Optional<Choice> whaleMajority() {
        return majority(whaleYes, whaleNo);
    }

    private static Optional<Choice> majority(long yes, long no) {
        return yes == no ? Optional.empty() : Optional.of(yes > no ? Choice.YES : Choice.NO);
    }
}
