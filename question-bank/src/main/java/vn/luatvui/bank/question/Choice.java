package vn.luatvui.bank.question;

/** One answer option. For ORDERING questions the choices are listed in their correct order. */
public record Choice(String text, boolean correct) {
}
