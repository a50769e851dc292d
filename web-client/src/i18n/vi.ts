// Vietnamese dictionary: the source of truth for every UI string (NFC).
// Keys are flat and dotted by screen; en.ts must have exactly the same keys.
export const vi = {
  'app.name': 'LuậtVui',
  'app.tagline': 'Học pháp luật qua trò chơi',
  'app.docTitle': '{page} · LuậtVui',
  'skip.toMain': 'Bỏ qua, đến nội dung chính',

  'nav.label': 'Điều hướng chính',
  'nav.menu': 'Danh mục',
  'nav.home': 'Trang chủ',
  'nav.play': 'Tham gia',
  'nav.host': 'Tổ chức trò chơi',
  'nav.contests': 'Cuộc thi',
  'nav.lookup': 'Tra cứu',
  'nav.bank': 'Ngân hàng câu hỏi',
  'nav.login': 'Đăng nhập',

  'lang.label': 'Ngôn ngữ',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',

  'footer.about': 'LuậtVui — nền tảng học và thi tìm hiểu pháp luật qua trò chơi.',
  'footer.disclaimer':
    'Nội dung nhằm phổ biến, giáo dục pháp luật; không thay thế ý kiến tư vấn pháp lý.',

  'home.title': 'Trang chủ',
  'home.heading': 'Học pháp luật mà vui',
  'home.intro':
    'LuậtVui giúp thầy cô tổ chức trò chơi trắc nghiệm pháp luật ngay trên lớp, giúp Đoàn Thanh niên tổ chức cuộc thi tìm hiểu pháp luật trực tuyến, và giúp mọi người tra cứu câu hỏi pháp luật có dẫn chiếu đến từng điều luật.',
  'home.join.heading': 'Tham gia trò chơi',
  'home.join.text': 'Nhập mã PIN mà người dẫn trò chơi đang chiếu trên màn hình.',
  'home.contests.heading': 'Cuộc thi',
  'home.contests.text':
    'Cuộc thi tìm hiểu pháp luật theo từng đợt: làm bài trong thời gian quy định, xem kết quả và bảng xếp hạng.',
  'home.contests.link': 'Xem các cuộc thi',
  'home.lookup.heading': 'Tra cứu câu hỏi pháp luật',
  'home.lookup.text':
    'Tìm câu hỏi theo từ khoá, chủ đề hoặc văn bản pháp luật — gõ có dấu hay không dấu đều được.',
  'home.lookup.link': 'Mở trang tra cứu',

  'pin.label': 'Mã PIN trò chơi',
  'pin.hint': 'Gồm 6 hoặc 7 chữ số.',
  'pin.submit': 'Vào chơi',
  'pin.error.empty': 'Vui lòng nhập mã PIN.',
  'pin.error.format': 'Mã PIN phải gồm 6 hoặc 7 chữ số.',

  'soon.badge': 'Tính năng đang được xây dựng',
  'soon.home': 'Về trang chủ',

  'play.title': 'Tham gia trò chơi',
  'play.pin': 'Mã PIN: {pin}',
  'play.soon':
    'Phần chơi trực tiếp sẽ sớm có mặt: bạn sẽ nhập biệt danh tại đây và trả lời câu hỏi ngay trên điện thoại.',
  'play.noPin': 'Nhập mã PIN để tham gia trò chơi.',

  'host.title': 'Tổ chức trò chơi',
  'host.soon':
    'Màn hình người dẫn sẽ cho phép chọn bộ câu hỏi, mở phòng chơi, chiếu câu hỏi lên máy chiếu và tải báo cáo sau trò chơi.',

  'contests.title': 'Cuộc thi tìm hiểu pháp luật',
  'contests.soon':
    'Tại đây bạn sẽ đăng ký dự thi, làm bài theo từng đợt, trả lời câu hỏi dự đoán và xem bảng xếp hạng cá nhân, đơn vị.',

  'lookup.title': 'Tra cứu câu hỏi pháp luật',
  'lookup.soon':
    'Tại đây bạn sẽ tìm các câu hỏi đã được duyệt, kèm đáp án, giải thích và điều luật được dẫn chiếu.',

  'bank.title': 'Ngân hàng câu hỏi',
  'bank.soon':
    'Dành cho tác giả và người duyệt: soạn, nhập, duyệt câu hỏi có dẫn chiếu điều luật và theo dõi hiệu lực văn bản.',

  'login.title': 'Đăng nhập',
  'login.soon':
    'Đăng nhập dành cho người dẫn trò chơi, tác giả, người duyệt và quản trị viên. Người chơi không cần tài khoản.',

  'notFound.title': 'Không tìm thấy trang',
  'notFound.text':
    'Không có trang nào ở địa chỉ này. Có thể đường dẫn bị gõ sai hoặc trang đã được chuyển đi.',
  'notFound.home': 'Về trang chủ',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof vi;
/** Every language must provide exactly these keys. */
export type Dictionary = Record<MessageKey, string>;
