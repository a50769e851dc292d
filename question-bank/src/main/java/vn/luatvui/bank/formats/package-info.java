/**
 * Question import and export (nhập / xuất câu hỏi): the file formats of the question bank.
 *
 * <p>Two entry points: {@link vn.luatvui.bank.formats.QuestionImporter#read} turns an uploaded
 * file into an {@link vn.luatvui.bank.formats.ImportResult} (the valid questions, every error by
 * row and column, the repeats within the file) without storing anything — the import wizard shows
 * it as a dry run, then commits; {@link vn.luatvui.bank.formats.QuestionExporter#write} writes
 * questions in a {@link vn.luatvui.bank.formats.QuestionFormat}, skipping those the format cannot
 * hold ({@link vn.luatvui.bank.formats.QuestionFormat#canHold}) and returning how many it wrote.
 * Every format is written as the questions come (an iterable fed by a database cursor), so an
 * export has no cap and holds only a few questions in memory; XLSX is written as SpreadsheetML
 * straight to the stream with its texts inline (Kahoot's layout keeps a shared strings table, which
 * Kahoot reads, spooled to a compressed temporary file and appended after the sheet).
 *
 * <h2>Rules for every import</h2>
 * <ul>
 *   <li>Every row is read and checked by {@code QuestionRules}: a question of at most 2,000
 *       characters, answers (options) of at most 1,000, accepted answers of at most 80, an
 *       explanation of at most 1,500, 2 to 6 options. Errors are collected for all rows (the first
 *       1,000 are listed, and the report's row count still covers every row), each with its row (spreadsheet row, or text line for JSON,
 *       Aiken and GIFT; 0 for the file as a whole), its column (spreadsheets: letter and header,
 *       e.g. {@code C (Answer 2)}; text formats: the field) and a reason in Vietnamese.
 *       {@link vn.luatvui.bank.formats.ImportError#describe} renders
 *       "Dòng 7, cột C (Answer 2): …". A message quotes a cell by its first 60 characters
 *       and its length ("“Điều 8 …” (1048576 ký tự)"), never whole.</li>
 *   <li>Only rows without any error become questions. Empty rows are skipped silently; a row with
 *       only some cells filled is checked like any other (and so reported).</li>
 *   <li>All text is normalised to Unicode NFC and trimmed ({@code QuestionContent.normalized()}).</li>
 *   <li>Repeats within the file are listed as {@link vn.luatvui.bank.formats.Duplicate}s, never
 *       errors and never dropped silently ({@link vn.luatvui.bank.formats.Sameness}): an exact
 *       repeat (same type, text and answers once in NFC; answer order ignored except for ordering
 *       questions) is skipped on commit and the report says so; a near one (the same but for case,
 *       diacritics or spacing: "đỗ xe" and "đổ xe" are two questions) is a warning the user decides
 *       on in the preview. Questions already in the bank are compared the same way.</li>
 *   <li>An empty upload, and a file with no question at all (a GIFT file of blank lines), is one
 *       error at row 0 saying so.</li>
 *   <li>Files larger than 50 MB, or with more than 50,000 rows or questions, are refused with one
 *       error (the limits are {@code Inputs.MAX_BYTES} and {@code Inputs.MAX_ROWS}). Text files (CSV, JSON, Aiken, GIFT) must be UTF-8 (a byte-order mark is fine);
 *       anything else is one error asking to save the file as UTF-8.</li>
 *   <li>{@link vn.luatvui.bank.formats.ImportOptions} fill what a file leaves out: time limit (20 s),
 *       points (1000), tags, difficulty (1), audience, and a citation. Formats without a citation
 *       (Kahoot, Aiken) import only with the wizard's default citation, which also serves every
 *       question of other formats without one. One rule for every format: a question without an
 *       explanation gets a pointer to its first citation, from the file or the default ("Căn cứ
 *       khoản 1 Điều 8 văn bản số 36/2024/QH15."); without any citation only the citation is
 *       reported missing.</li>
 *   <li>Time limits: 5, 10, 20, 30, 60, 90, 120 or 240 seconds. Points: 0, 1000 or 2000.</li>
 * </ul>
 *
 * <h2>Spreadsheets (XLSX and CSV)</h2>
 * <p>The questions are on the first sheet. The header row is found by its labels within the first
 * 12 rows (rows above it, like the instructions of Kahoot's template, are ignored). Headers are
 * matched without regard to case or diacritics, and a label followed by a description counts as the
 * label ("Question - max 120 characters" is "Question"). A formula cell gives its calculated value;
 * a formula never calculated is an error, and so are merged cells in or below the header row (the
 * error names the range, e.g. {@code C10:D10}). Numbers read as people write them: 2024, not
 * 2024.0. CSV: comma-separated, or semicolon-separated as Excel writes in a Vietnamese locale
 * (chosen by which makes the header recognisable); rows numbered as Excel shows them. Exported CSV
 * is UTF-8 with a byte-order mark so that Excel shows Vietnamese correctly. A text cell beginning
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a
 * leading apostrophe, so that a spreadsheet shows it rather than running it as a formula; reading a
 * CSV removes that apostrophe again, so an export imports back to the same text
 * ({@link vn.luatvui.bank.formats.CsvCells}, also used by every other CSV the server writes).
 *
 * <h3>Kahoot layout ({@code XLSX_KAHOOT}, {@code CSV_KAHOOT})</h3>
 * <p>Kahoot's public template: header in row 8 under instruction rows, an unlabelled numbering
 * column A (ignored), then:
 * <table>
 *   <caption>Kahoot columns</caption>
 *   <tr><th>Column</th><th>Also accepted</th><th>Content</th></tr>
 *   <tr><td>Question</td><td>Câu hỏi</td><td>the question (required)</td></tr>
 *   <tr><td>Answer 1 … Answer 4</td><td>Đáp án 1 … 4, Phương án 1 … 4</td><td>the answers; 1 and 2
 *       required as columns</td></tr>
 *   <tr><td>Time limit (sec)</td><td>Time limit, Thời gian (giây)</td><td>5, 10, 20, 30, 60, 90,
 *       120 or 240; empty: the default</td></tr>
 *   <tr><td>Correct answer(s)</td><td>Đáp án đúng</td><td>answer numbers, e.g. {@code 2} or
 *       {@code 1,3} (required)</td></tr>
 * </table>
 * <p>One correct answer: single choice; several: multiple select (all or nothing); exactly two
 * answers "Đúng"/"Sai" or "True"/"False": true/false. A fifth answer — an "Answer 5" column or any
 * value right of the last header — is an error. Export writes Kahoot's template (instruction rows,
 * header in row 8) with single choice, multiple select and true/false questions of at most four
 * answers; Kahoot itself limits questions to 120 and answers to 75 characters.
 *
 * <h3>LuậtVui layout ({@code XLSX_LUATVUI}, {@code CSV_LUATVUI})</h3>
 * <p>One question per row, header in the first row on export; columns in any order; unknown
 * columns (notes, numbering) are ignored.
 * <table>
 *   <caption>LuậtVui columns</caption>
 *   <tr><th>Column</th><th>Also accepted</th><th>Content</th></tr>
 *   <tr><td>Loại</td><td>Type</td><td>Một đáp án, Nhiều đáp án, Đúng/Sai, Điền đáp án, Sắp xếp,
 *       Thăm dò, or SINGLE_CHOICE … POLL. Empty: inferred (Đúng/Sai answer → true/false; no options
 *       → type-answer; several numbers → multiple select; else single choice)</td></tr>
 *   <tr><td>Câu hỏi</td><td>Question, Nội dung</td><td>the question (required column)</td></tr>
 *   <tr><td>Phương án 1 … 6</td><td>Option 1 …, Đáp án 1 …</td><td>the options; a seventh is an
 *       error</td></tr>
 *   <tr><td>Đáp án đúng</td><td>Correct, Đáp án</td><td>(required column) option numbers
 *       {@code 1,3}; true/false: "Đúng" or "Sai" (options may then be left empty); type-answer: the
 *       accepted answers separated by {@code |}; ordering: the options' numbers in the right order,
 *       e.g. {@code 3,1,2,4} (empty: as listed); poll: empty</td></tr>
 *   <tr><td>Giải thích</td><td>Explanation</td><td>the explanation (required column)</td></tr>
 *   <tr><td>Trích dẫn</td><td>Citations, Căn cứ</td><td>citations separated by {@code ;}, each like
 *       {@code khoản 1 Điều 8 Luật 36/2024/QH15}, {@code Điều 12, 100/2015/QH13},
 *       {@code điểm a khoản 2 Điều 5 - 73/2021/QH14} or {@code Điều 2 Hiến pháp 2013} (case and
 *       diacritics do not matter), optionally followed by a quotation {@code : "…"} (a {@code "}
 *       inside written twice). Required column unless the wizard gives a default citation.</td></tr>
 *   <tr><td>Chủ đề</td><td>Tags</td><td>tags separated by commas</td></tr>
 *   <tr><td>Độ khó</td><td>Difficulty</td><td>1–3 or Dễ / Vừa / Khó</td></tr>
 *   <tr><td>Đối tượng</td><td>Audience</td><td>Tiểu học, THCS, THPT, Sinh viên, Người lớn, Mọi
 *       người, or the enum names</td></tr>
 *   <tr><td>Thời gian (giây)</td><td>Time limit</td><td>seconds</td></tr>
 *   <tr><td>Điểm</td><td>Points</td><td>0, 1000 or 2000</td></tr>
 *   <tr><td>Cách chấm</td><td>Scoring</td><td>multiple select only: "Đúng hết mới có điểm" or "Tính
 *       theo từng phương án"</td></tr>
 *   <tr><td>Ảnh</td><td>Image</td><td>image address (on this server or https), or in a ZIP the
 *       name of an image file in it</td></tr>
 *   <tr><td>Hiển thị</td><td>Visibility</td><td>Công khai / Chỉ dùng cho cuộc thi</td></tr>
 *   <tr><td>Mã</td><td>Key, ID</td><td>a stable id of the question</td></tr>
 *   <tr><td>Mô tả ảnh</td><td>Image alt, alt</td><td>what the image shows, in words (required with
 *       an uploaded image or an image file)</td></tr>
 * </table>
 * <p>Lossless: every field of a question round-trips (ordering questions are written with their
 * options in the right order and {@code 1,2,3…}).
 *
 * <h2>JSON ({@code JSON})</h2>
 * <p>{@code {"format": "luatvui-questions", "version": 1, "questions": [ … ]}}, or a bare array of
 * the same items (the starter bank files in {@code starter-bank/questions/}). Each item:
 * {@code key, type, text, choices [{text, correct}], accepted, explanation, citations [{document,
 * article, clause, point, quote}], tags, difficulty, audience, visibility, scoring, imageUrl,
 * imageAlt, timeLimitSeconds, points}. Lossless (an uploaded image keeps its address
 * {@code /media/<sha256>.png}, and so its hash, and its description). Types are strict (a number in quotes is an error) and unknown
 * fields are errors; the error's column is the path, e.g. {@code questions[2].choices[0].correct},
 * and its row the line where the item begins. Keys must be unique within a file.
 *
 * <h2>Aiken ({@code AIKEN})</h2>
 * <p>Moodle's Aiken format: the question (one or more lines), options {@code A. …} or {@code A) …},
 * then {@code ANSWER: B}; a blank line between questions. Single choice only (export skips other
 * types); no explanation or citation (the wizard's default is used).
 *
 * <h2>GIFT ({@code GIFT})</h2>
 * <p>Moodle's GIFT format: {@code {=right ~wrong}} single choice; {@code {~%50%a ~%50%b ~%-100%c}}
 * multiple select (wrong answers all at -100%: all or nothing; else per option); {@code {T}},
 * {@code {F}}, {@code {TRUE}}, {@code {FALSE}} true/false; {@code {=a =b}} type-answer;
 * {@code {~a ~b}} without a right answer: poll. Optional {@code ::title::} (the key); {@code //}
 * comments; escapes {@code \= \~ \{ \} \# \: \\ \n}; per-answer feedback {@code #…} is ignored;
 * general feedback {@code ####…} is the explanation, and what follows "Căn cứ:" in it the citations
 * (without general feedback, the explanation is the pointer to the citation, as above). A blank
 * line separates questions: a question that starts right after another's closing brace, with no
 * blank line between, is an error at the line where it starts (rather than two questions merged).
 * A {@code $CATEGORY: $course$/…/Giao thông} line tags the questions after it ("giao thông").
 * Numerical, matching and essay questions are errors. Export writes the key as title, the first tag
 * as category, the explanation and citations as general feedback; ordering questions are skipped.
 *
 * <h2>Moodle XML ({@code MOODLE_XML})</h2>
 * <p>What Moodle's question bank exports: {@code <quiz>} of {@code <question type="…">}. Read:
 * {@code multichoice} ({@code <single>true</single>}: single choice; {@code false}: multiple
 * select, all or nothing when every wrong answer is at -100%, else per option), {@code truefalse},
 * {@code shortanswer} (the answers at 100% are accepted), {@code ordering} (answers in the right
 * order, by their fraction when it numbers them). A {@code category} question tags those after it
 * with the last part of its path ("$course$/top/Default for …/Giao thông" → "giao thông"), and
 * {@code <tags>} add tags. {@code <generalfeedback>} is the explanation (without it, the feedback
 * of the right answer) and what follows "Căn cứ:" in it the citations; {@code <idnumber>} is the
 * key. Texts with {@code format="html"} become plain text: tags dropped (a script with its
 * content), {@code <br>} and the end of a paragraph, list item or row kept as line breaks, spaces
 * collapsed, character references decoded. An {@code <img>} at https or on this server becomes
 * the question's image, its {@code alt} the image's description; an embedded one ({@code <file
 * encoding="base64">} named by {@code @@PLUGINFILE@@/name}) is checked and re-encoded like an
 * uploaded image and becomes the question's stored image (an error at the question when it is not
 * an image); other embedded files are a warning naming the question, which is imported without them. Other types (essay, matching, numerical, cloze…) are errors.
 * The row of a question is the line its {@code <question>} starts on and the column names its
 * position and element: "Dòng 57 (câu hỏi 3 › &lt;answer&gt; 2): …". A document type declaration
 * ({@code <!DOCTYPE>}, entities) is refused before anything is read, so external entities (XXE) and
 * entity expansion ("billion laughs") never run. Export writes Moodle's layout (category, name,
 * HTML question text with the image (an uploaded image embedded as Moodle does, base64 in a
 * {@code <file>} inside {@code <questiontext>}, its description as {@code alt}), general feedback with "Căn cứ: …", idnumber, tags, answers
 * with fractions); polls are skipped (Moodle's bank has none).
 *
 * <h2>Wayground (Quizizz) layout ({@code XLSX_WAYGROUND}, {@code CSV_WAYGROUND})</h2>
 * <p>Wayground's template, header in the first row: Question Text (required), Question Type
 * (Multiple Choice, Checkbox, Fill-in-the-Blank, Poll; Open-Ended is an error: nothing to score;
 * empty: inferred), Option 1 … Option 5 (a sixth is an error), Correct Answer (option numbers,
 * several for Checkbox, e.g. {@code 1,3}; Fill-in-the-Blank: the options are the accepted answers),
 * Time in seconds (5, 10, 20, 30, 60, 90, 120 or 240), Image Link, Answer explanation (the
 * explanation; citations after "Căn cứ:"). Two options "Đúng"/"Sai" make a true/false question.
 * Export writes every type but ordering with at most five options.
 *
 * <h2>Sheets of no known layout (the mapping step)</h2>
 * <p>{@link vn.luatvui.bank.formats.SheetColumns#inspect} says which known layout a sheet is in, or
 * else takes the fullest of its first 12 rows as the header and lists its columns with three sample
 * values each. The user maps columns to roles ({@link vn.luatvui.bank.formats.ColumnMapping}):
 * question, option1 … option6, correct (numbers, letters A–F, or an option's text), type (the
 * LuậtVui or Wayground names), time, image, imagealt, explanation, citation; then
 * {@link vn.luatvui.bank.formats.QuestionImporter#read(QuestionFormat, java.io.InputStream,
 * ImportOptions, ColumnMapping)} reads it with the same rules and errors by row and column.
 *
 * <h2>Images: a ZIP of a sheet and its image files</h2>
 * <p>With {@link vn.luatvui.bank.formats.ImportOptions#images} (the server always gives one), an
 * XLSX or CSV upload that is a ZIP but not a workbook ({@code ZipBundle}) must hold exactly one
 * sheet (.xlsx or .csv, read in the chosen or mapped layout) beside its image files; archivers'
 * extras ({@code __MACOSX/}, dot files, Thumbs.db) are ignored. An image cell that is not an address
 * names a file in the ZIP, matched by its path or, when only one file has it, its name, without
 * regard to case; {@link vn.luatvui.bank.formats.ImageFiles} reads it only then, checks it with
 * {@code vn.luatvui.bank.media.Images} and puts the stored address in the cell's place; a missing
 * file, a non-image, a file over 10 MB or 40 megapixels is an error at the image cell ("Ảnh “x.png”
 * không có trong tệp ZIP."). The ZIP is refused whole, at row 0, for a name leaving its folder
 * ({@code ..}, an absolute path, a drive letter), more than 20,000 entries, more than 1 GB once
 * inflated, or an entry inflating past POI's zip-bomb ratio ({@code ZipSecureFile}'s minimum, the
 * rule .xlsx files are read under). Without a ZIP, a file name in the image column is an error
 * saying to import a ZIP. {@link vn.luatvui.bank.formats.QuestionExporter#writeZip} writes the
 * reverse: {@code cau-hoi.<ext>} whose image column names {@code anh/<sha256>.<ext>}, then those
 * files.
 *
 * <h2>Time</h2>
 * <p>A file's time column (Kahoot, Wayground, LuậtVui, a mapped sheet) is checked and kept with the
 * question ({@link vn.luatvui.bank.formats.ImportedQuestion#timeLimitSeconds}); the server stores
 * it as the question's own time, which a question set takes unless the host chooses another.
 */
package vn.luatvui.bank.formats;
