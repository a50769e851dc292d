package vn.luatvui.bank.review;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** One version of a question and who wrote it (the author of version 1, the editor of the others). */
public record WrittenVersion(int version, long writtenBy) {

  /**
   * The people who wrote what a reviewer is asked to approve: every version after the last approved
   * one (all versions when none was ever approved).
   */
  public static Set<Long> writersSince(Collection<WrittenVersion> versions, int lastApprovedVersion) {
    return versions.stream().filter(v -> v.version() > lastApprovedVersion)
        .map(WrittenVersion::writtenBy).collect(Collectors.toUnmodifiableSet());
  }
}
