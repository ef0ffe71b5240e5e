package kr.co.whaling.benchmarks;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out (question, member) pairs that are first answers, each once per run: seed.sql has answer
 * k of question v come from member {@code ((v * 7919 + k * stride) mod members) + 1}, stride being
 * {@code members / perVote}, so every seeded answerer of v is congruent to {@code v * 7919} modulo the
 * stride, and members half a stride further ({@code + stride / 2 + j * stride}, j &lt; perVote) have
 * never answered v. Questions cycle over the ongoing ones (finished + 1 .. votes) before j moves on.
 */
final class FirstAnswers {

    /** One first answer: who answers which question, and the side (1 yes, 2 no). */
    record Pair(long vote, long member, int choice) {
    }

    private final long members;
    private final long finished;
    private final long ongoing;
    private final long stride;
    private final long capacity;
    private final AtomicLong next = new AtomicLong();

    FirstAnswers(BenchSettings.DataSet data) {
        if (data.members() % data.perVote() != 0 || data.members() / data.perVote() < 2) {
            throw new IllegalArgumentException("members must be a multiple of perVote, at least twice: " + data);
        }
        this.members = data.members();
        this.finished = data.finished();
        this.ongoing = data.votes() - data.finished();
        this.stride = data.members() / data.perVote();
        this.capacity = ongoing * data.perVote();
    }

    Pair next() {
        long g = next.getAndIncrement();
        if (g >= capacity) {
            throw new IllegalStateException("all " + capacity + " first answers of the data set were used");
        }
        long vote = finished + 1 + g % ongoing;
        long j = g / ongoing;
        long member = (vote * 7919 + stride / 2 + j * stride) % members + 1;
        return new Pair(vote, member, (int) (1 + g % 2));
    }
}
