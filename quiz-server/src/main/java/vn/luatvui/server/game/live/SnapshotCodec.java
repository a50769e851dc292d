package vn.luatvui.server.game.live;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import vn.luatvui.server.game.room.Player;
import vn.luatvui.server.game.room.PlayerAnswer;
import vn.luatvui.server.game.room.RoomState;
import vn.luatvui.server.json.Jsons;
import vn.luatvui.server.judging.AnswerPayload;

/**
 * A room's snapshot as kept in Redis: its JSON, with each player and each answer written as an array
 * of its fields rather than an object, compressed (deflate, fastest level) and in Base64 behind
 * {@value #PACKED}. A room of 20,000 players at its last question is some 19 MB of plain JSON, most of
 * it the same field names over and over; packed it is a small part of that, so a server taking the
 * room over reads it from Redis and parses it in a fraction of the time. A snapshot written as plain
 * JSON (by an earlier version) still reads.
 */
public final class SnapshotCodec {
  public static final String PACKED = "z:";
  private static final int BUFFER = 64 * 1024;
  /** The fields of the room's many players and answers in an array, in the order their records declare them. */
  private static final ObjectMapper MAPPER = Jsons.MAPPER.copy()
      .addMixIn(Player.class, AsArray.class)
      .addMixIn(PlayerAnswer.class, AsArray.class);

  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  private interface AsArray {
  }

  private SnapshotCodec() {
  }

  public static String pack(RoomState state) {
    return write(state);
  }

  public static RoomState unpack(String text) {
    return text.startsWith(PACKED) ? read(text, RoomState.class) : Jsons.read(text, RoomState.class);
  }

  /**
   * Packs and unpacks many players and answers a few times (on a worker thread, at the server's
   * start). A takeover is rare, so the code that reads a snapshot would otherwise always run cold,
   * interpreted, at the moment it matters most: on a busy two-core machine that made reading a
   * 20,000-player room take a second instead of a fraction of it.
   */
  static void warmUp() {
    List<Player> players = new ArrayList<>();
    List<PlayerAnswer> answers = new ArrayList<>();
    for (int i = 1; i <= 5_000; i++) {
      players.add(new Player(i, "Người chơi " + i, "token-" + i, Player.Presence.CONNECTED, i, i * 10, i % 5, i % 7,
          i * 100L, i));
      for (int q = 0; q < 4; q++) {
        answers.add(new PlayerAnswer(i, q, AnswerPayload.ofChoice(i % 4), 1_000L + i, i % 2 == 0, 500 + i % 100, 0,
            i % 3));
      }
    }
    Sample sample = new Sample(players, answers);
    for (int round = 0; round < 3; round++) {
      if (!read(write(sample), Sample.class).equals(sample)) {
        throw new IllegalStateException("A snapshot does not read back as it was written");
      }
    }
  }

  /** What {@link #warmUp} packs: the bulk of a large room's snapshot. */
  private record Sample(List<Player> players, List<PlayerAnswer> answers) {
  }

  private static String write(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(BUFFER);
    bytes.writeBytes(PACKED.getBytes(StandardCharsets.US_ASCII));
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (OutputStream out = new DeflaterOutputStream(Base64.getEncoder().wrap(bytes), deflater, BUFFER)) {
      MAPPER.writeValue(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException("The room's snapshot could not be written", e);
    } finally {
      deflater.end();
    }
    return bytes.toString(StandardCharsets.US_ASCII);
  }

  private static <T> T read(String text, Class<T> type) {
    byte[] base64 = text.substring(PACKED.length()).getBytes(StandardCharsets.US_ASCII);
    Inflater inflater = new Inflater();
    try (InputStream in = new InflaterInputStream(Base64.getDecoder().wrap(new ByteArrayInputStream(base64)),
        inflater, BUFFER)) {
      return MAPPER.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("The room's snapshot does not read", e);
    } finally {
      inflater.end();
    }
  }
}
