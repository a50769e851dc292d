package vn.luatvui.bank.law.text;

import java.time.LocalDate;

/**
 * One change an amending document makes to another: what it does, to which provision of which
 * document, from which day, by which of its own provisions, and the new wording or phrases.
 *
 * @param wording   the new unit for {@link ChangeAction#AMEND} and {@link ChangeAction#INSERT}, else null
 * @param oldPhrase the phrase replaced, for {@link ChangeAction#REPLACE_PHRASE}, else null
 * @param newPhrase the phrase put in its place, for {@link ChangeAction#REPLACE_PHRASE}, else null
 */
public record Change(ChangeAction action, String targetDocument, ProvisionPath target, LocalDate from,
                     ProvisionPath source, Unit wording, String oldPhrase, String newPhrase) {
}
