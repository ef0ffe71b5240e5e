package kr.co.whaling.domain.shared;

/** Something named by id does not exist. */
public class NotFoundException extends DomainException {

    private final String kind;

    public NotFoundException(String kind, Object id) {
        super(kind + ".not-found", kind + " " + id + " does not exist", id);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
