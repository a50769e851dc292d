package vn.luatvui.bank.law.text;

import java.util.List;
import java.util.stream.Collectors;

/** A file that does not follow the legal store's text format, with every problem found by line. */
public final class LegalTextException extends RuntimeException {
  private final String file;
  private final transient List<ParseError> errors;

  public LegalTextException(String file, List<ParseError> errors) {
    super(file + ": " + errors.stream().map(ParseError::toString).collect(Collectors.joining("; ")));
    this.file = file;
    this.errors = List.copyOf(errors);
  }

  public String file() {
    return file;
  }

  public List<ParseError> errors() {
    return errors;
  }
}
