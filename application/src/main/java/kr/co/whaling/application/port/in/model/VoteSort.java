package kr.co.whaling.application.port.in.model;

/** Order of the public listing: newest first, or most participants first (then newest). */
public enum VoteSort {
    RECENT, POPULAR
}
