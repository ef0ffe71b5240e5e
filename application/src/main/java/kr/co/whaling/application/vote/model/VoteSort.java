package kr.co.whaling.application.vote.model;

/** Order of the public listing: newest first, or most participants first (then newest). */
public enum VoteSort {
    RECENT, POPULAR
}
