package vn.luatvui.server.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {
  private static ByteRange.Asked ask(String header) {
    return ByteRange.parse(header, 1000);
  }

  @Test
  void one_range_is_read_in_each_of_its_three_spellings() {
    assertThat(ask("bytes=0-1")).isEqualTo(new ByteRange.Part(new ByteRange(0, 1)));
    assertThat(ask("bytes=500-")).isEqualTo(new ByteRange.Part(new ByteRange(500, 999)));
    assertThat(ask("bytes=-100")).isEqualTo(new ByteRange.Part(new ByteRange(900, 999)));
    assertThat(ask("bytes=-5000")).isEqualTo(new ByteRange.Part(new ByteRange(0, 999)));
    assertThat(ask("bytes=990-5000")).isEqualTo(new ByteRange.Part(new ByteRange(990, 999)));
    assertThat(new ByteRange(990, 999).contentRange(1000)).isEqualTo("bytes 990-999/1000");
  }

  @Test
  void no_range_or_another_unit_is_the_whole_file() {
    assertThat(ask(null)).isInstanceOf(ByteRange.Whole.class);
    assertThat(ask("items=0-1")).isInstanceOf(ByteRange.Whole.class);
  }

  @Test
  void ranges_past_the_end_backwards_malformed_or_several_are_unsatisfiable() {
    for (String header : new String[] {"bytes=1000-", "bytes=5-4", "bytes=-0", "bytes=a-b", "bytes=0-1,5-6", "bytes=",
        "bytes=-", "bytes=+1-2", "bytes=99999999999999999999-"}) {
      assertThat(ask(header)).as(header).isInstanceOf(ByteRange.Unsatisfiable.class);
    }
  }
}
