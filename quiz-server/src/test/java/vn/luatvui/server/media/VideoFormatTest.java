package vn.luatvui.server.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VideoFormatTest {
  private static byte[] head(byte[] file) {
    return Arrays.copyOf(file, Math.min(file.length, VideoFormat.HEAD_BYTES));
  }

  @Test
  void an_mp4_is_known_by_its_ftyp_box_and_a_webm_by_its_ebml_doctype() {
    assertThat(VideoFormat.sniff(head(Videos.mp4(1000, 1)))).isEqualTo(VideoFormat.MP4);
    assertThat(VideoFormat.sniff(head(Videos.ebml("webm", 1000, 1)))).isEqualTo(VideoFormat.WEBM);
  }

  @Test
  void other_files_are_no_lesson_video_whatever_they_are_called() {
    assertThat(VideoFormat.sniff(head(Videos.ebml("matroska", 1000, 1)))).isNull();
    assertThat(VideoFormat.sniff("<html><video src=x></video>".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(VideoFormat.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, 0, 0, 0, 0})).isNull();
    byte[] quickTime = Videos.mp4(1000, 1);
    System.arraycopy("qt  ".getBytes(StandardCharsets.US_ASCII), 0, quickTime, 8, 4);
    System.arraycopy("qt  qt  ".getBytes(StandardCharsets.US_ASCII), 0, quickTime, 16, 8);
    assertThat(VideoFormat.sniff(head(quickTime))).isNull();
    assertThat(VideoFormat.sniff(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3})).isNull();
    assertThat(VideoFormat.sniff(new byte[0])).isNull();
  }
}
