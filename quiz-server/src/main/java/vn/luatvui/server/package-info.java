/**
 * The quiz-server application: the configuration record ({@code AppConfig}), start-up and
 * shutdown ({@code Main}, {@code QuizServer}) and the wiring of stores, services and routes.
 */
package vn.luatvui.server;
