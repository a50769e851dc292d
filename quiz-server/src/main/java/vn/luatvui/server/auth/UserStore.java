package vn.luatvui.server.auth;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.luatvui.bank.account.Role;

/** Accounts in PostgreSQL. */
public final class UserStore {
  private static final String COLUMNS = "id, email, display_name, roles, active, password_hash";

  /** An account as stored, with its password hash (never sent to a client). */
  public record StoredUser(CurrentUser user, boolean active, String passwordHash) {
  }

  private final Pool pool;

  public UserStore(Pool pool) {
    this.pool = pool;
  }

  /** The account of an email, however it was typed (see {@link Emails#normalise}), or null. */
  public Future<StoredUser> findByEmail(String email) {
    return pool.preparedQuery("SELECT " + COLUMNS + " FROM app_user WHERE lower(email) = lower($1)")
        .execute(Tuple.of(Emails.normalise(email)))
        .map(rows -> rows.size() == 0 ? null : read(rows.iterator().next()));
  }

  public Future<StoredUser> findById(long id) {
    return pool.preparedQuery("SELECT " + COLUMNS + " FROM app_user WHERE id = $1")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? null : read(rows.iterator().next()));
  }

  public Future<List<StoredUser>> list() {
    return pool.query("SELECT " + COLUMNS + " FROM app_user WHERE password_hash <> '!' ORDER BY id").execute()
        .map(rows -> {
          List<StoredUser> users = new java.util.ArrayList<>();
          rows.forEach(r -> users.add(read(r)));
          return users;
        });
  }

  public Future<Long> insert(String email, String displayName, String passwordHash, Set<Role> roles) {
    return insert(pool, email, displayName, passwordHash, roles);
  }

  public Future<Long> insert(io.vertx.sqlclient.SqlClient client, String email, String displayName, String passwordHash,
                             Set<Role> roles) {
    return client.preparedQuery("INSERT INTO app_user (email, display_name, password_hash, roles) "
            + "VALUES ($1, $2, $3, $4) RETURNING id")
        .execute(Tuple.of(email, displayName, passwordHash, names(roles)))
        .map(rows -> rows.iterator().next().getLong(0));
  }

  /** Which of the emails already have an account, normalised (see {@link Emails#normalise}). */
  public Future<Set<String>> existingEmails(List<String> emails) {
    String[] wanted = emails.stream().map(Emails::normalise).distinct().toArray(String[]::new);
    return pool.preparedQuery("SELECT lower(email) FROM app_user WHERE lower(email) = ANY($1)")
        .execute(Tuple.of(wanted))
        .map(rows -> {
          Set<String> found = new java.util.HashSet<>();
          rows.forEach(r -> found.add(r.getString(0)));
          return found;
        });
  }

  public Future<Boolean> update(long id, Set<Role> roles, boolean active) {
    return pool.preparedQuery("UPDATE app_user SET roles = $2, active = $3 WHERE id = $1 AND password_hash <> '!'")
        .execute(Tuple.of(id, names(roles), active))
        .map(rows -> rows.rowCount() == 1);
  }

  /** Whether the account manages a unit of the organisation tree (the menu then offers it). */
  public Future<Boolean> managesOrgs(long userId) {
    return pool.preparedQuery("SELECT EXISTS (SELECT 1 FROM org_manager WHERE user_id = $1)").execute(Tuple.of(userId))
        .map(rows -> rows.iterator().next().getBoolean(0));
  }

  public Future<Boolean> anyAdmin() {
    return pool.query("SELECT 1 FROM app_user WHERE 'admin' = ANY (roles) AND active LIMIT 1").execute()
        .map(rows -> rows.size() > 0);
  }

  /** The id of the account that owns the curated starter bank. */
  public Future<Long> starterBankOwner() {
    return pool.query("SELECT id FROM app_user WHERE email = 'starter-bank@luatvui.invalid'").execute()
        .map(rows -> rows.iterator().next().getLong(0));
  }

  static StoredUser read(Row row) {
    Set<Role> roles = Arrays.stream(row.getArrayOfStrings("roles"))
        .map(r -> Role.valueOf(r.toUpperCase(java.util.Locale.ROOT)))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    CurrentUser user = new CurrentUser(row.getLong("id"), row.getString("email"), row.getString("display_name"), roles);
    return new StoredUser(user, row.getBoolean("active"), row.getString("password_hash"));
  }

  static String[] names(Set<Role> roles) {
    return roles.stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).sorted().toArray(String[]::new);
  }
}
