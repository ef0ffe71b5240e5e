package kr.co.whaling.domain.shared;

/** Something named by id does not exist. */
public class NotFoundException extends DomainException {

    private final String kind;
    private final transient Object id;

    public NotFoundException(String kind, Object id) {
        super(kind + ".not-found", kind + " " + id + " does not exist");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    @Override
    public Object[] arguments() {
        return new Object[] {id};
    }
}
