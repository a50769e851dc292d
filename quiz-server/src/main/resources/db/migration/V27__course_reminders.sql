-- Nhắc hạn khóa học: one reminder a person, course and due day, so that several servers (and the hourly
-- run) never mail the same reminder twice.
CREATE TABLE course_reminder (
  course_id bigint      NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  user_id   bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  due_on    date        NOT NULL,
  sent_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (course_id, user_id, due_on)
);
