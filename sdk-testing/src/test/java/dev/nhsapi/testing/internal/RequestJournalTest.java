package dev.nhsapi.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.nhsapi.testing.SandboxRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class RequestJournalTest {
  private static SandboxRequest post(String target, int bodyChars) {
    return new SandboxRequest("POST", target, Headers.of(), "x".repeat(bodyChars));
  }

  @Test
  void keepsTheMostRecentRequestsUpToTheCount() {
    RequestJournal journal = new RequestJournal(3, 1_000);
    for (int i = 1; i <= 5; i++) {
      journal.add(post("/" + i, 0));
    }

    assertThat(journal.snapshot()).extracting(SandboxRequest::target).containsExactly("/3", "/4", "/5");
  }

  @Test
  void forgetsTheOldestRequestsWhenTheirBodiesExceedTheLimit() {
    RequestJournal journal = new RequestJournal(100, 10);
    journal.add(post("/1", 4));
    journal.add(post("/2", 4));
    journal.add(post("/3", 4));

    assertThat(journal.snapshot()).extracting(SandboxRequest::target).containsExactly("/2", "/3");

    journal.add(post("/big", 50));
    assertThat(journal.snapshot()).as("a body over the limit is kept alone")
        .extracting(SandboxRequest::target).containsExactly("/big");

    journal.add(post("/4", 1));
    assertThat(journal.snapshot()).extracting(SandboxRequest::target).containsExactly("/4");
  }

  @Test
  void clearForgetsEverythingAndResetsTheBudget() {
    RequestJournal journal = new RequestJournal(100, 10);
    journal.add(post("/1", 10));
    journal.clear();
    journal.add(post("/2", 6));
    journal.add(post("/3", 4));

    assertThat(journal.snapshot()).extracting(SandboxRequest::target).containsExactly("/2", "/3");
  }

  @Test
  void refusesLimitsBelowOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> new RequestJournal(0, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> new RequestJournal(1, 0));
  }
}
