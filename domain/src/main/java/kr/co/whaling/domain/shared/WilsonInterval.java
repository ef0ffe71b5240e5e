package kr.co.whaling.domain.shared;

/** The Wilson score interval of a share of successes: where the true rate lies, with the confidence of z. */
public record WilsonInterval(double low, double high) {

    /** z of a two-sided 95% confidence interval (the normal quantile of 0.975). */
    public static final double Z_95 = 1.959963984540054;

    public WilsonInterval {
        if (!(0 <= low && low <= high && high <= 1)) {
            throw new IllegalArgumentException("invalid interval [" + low + ", " + high + "]");
        }
    }

    /**
     * (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n) with p = successes / trials; [0, 1] with no trial.
     * Clamped to hold p and lie within [0, 1], which rounding could break by a hair at p = 0 or 1.
     */
    public static WilsonInterval of(long successes, long trials, double z) {
        if (trials < 0 || successes < 0 || successes > trials || !(z >= 0)) {
            throw new IllegalArgumentException("invalid sample " + successes + "/" + trials + " at z " + z);
        }
        if (trials == 0) {
            return new WilsonInterval(0, 1);
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = p + z2 / (2 * n);
        double margin = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double scale = 1 + z2 / n;
        return new WilsonInterval(Math.max(0, Math.min(p, (centre - margin) / scale)),
                Math.min(1, Math.max(p, (centre + margin) / scale)));
    }
}
