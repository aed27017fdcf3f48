package cn.partyunion.workflow.reviewmeeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.partyunion.workflow.HttpApi;
import cn.partyunion.workflow.WorkflowSpringTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Report attachments over real HTTP (issue 17): a unit uploads PDF or Word while its report task is
 * open; the type is judged by content; raters download it as an attachment with {@code nosniff};
 * others are refused with a Chinese message and nothing is stored.
 */
@WorkflowSpringTest
class ReportAttachmentTest {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired ProcessEngine engine;
  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired ObjectMapper json;
  @LocalServerPort int port;
  MeetingFixture fixture;
  HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void setUp() {
    fixture = new MeetingFixture(engine, jdbc);
  }

  String path(ProcessInstance meeting, String unit) {
    return "http://localhost:"
        + port
        + "/api/review-meetings/"
        + meeting.getId()
        + "/reports/"
        + unit
        + "/attachment";
  }

  HttpResponse<String> upload(
      ProcessInstance meeting, String unit, String user, String name, byte[] content)
      throws Exception {
    String boundary = "----attachmenttest" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(path(meeting, unit)))
            .header("Authorization", HttpApi.basic(user))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<byte[]> download(ProcessInstance meeting, String unit, String user)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(path(meeting, unit)))
            .header("Authorization", HttpApi.basic(user))
            .GET()
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  String message(HttpResponse<String> response) throws Exception {
    JsonNode body = json.readTree(response.body());
    return body.path("message").asText();
  }

  int rows(ProcessInstance meeting) {
    return fixture.count("rm_report_attachment", meeting);
  }

  static byte[] docx() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(
          ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                  + "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\""
                  + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main"
                  + "+xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void aUnitUploadsItsPdfAndARaterDownloadsItAsAnAttachment() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01", "hhunit02"), List.of("hhrater01", "hhrater06"));

    HttpResponse<String> stored = upload(meeting, "hhunit01", "hhunit01", "个旧市述职报告.pdf", PDF);
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
    assertThat(json.readTree(stored.body()).path("mediaType").asText())
        .isEqualTo("application/pdf");

    HttpResponse<byte[]> file = download(meeting, "hhunit01", "hhrater01");
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(PDF);
    assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment;")
        .contains("filename*=UTF-8''%E4%B8%AA%E6%97%A7%E5%B8%82");

    for (String user : List.of("hhunit01", "hhoffice01", "hhdeputy01")) {
      assertThat(download(meeting, "hhunit01", user).statusCode()).as(user).isEqualTo(200);
    }
    for (String user : List.of("hhunit02", "hhrater02")) {
      HttpResponse<byte[]> refused = download(meeting, "hhunit01", user);
      assertThat(refused.statusCode()).as(user).isEqualTo(403);
      assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("无权查看该单位的述职报告附件");
    }
    HttpResponse<byte[]> none = download(meeting, "hhunit02", "hhrater01");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(new String(none.body(), StandardCharsets.UTF_8)).contains("尚未上传述职报告附件");
  }

  @Test
  void replacingAWordDocumentKeepsOneRow() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01"), List.of("hhrater01", "hhrater06"));
    assertThat(upload(meeting, "hhunit01", "hhunit01", "a.pdf", PDF).statusCode()).isEqualTo(200);
    byte[] word = docx();
    HttpResponse<String> replaced = upload(meeting, "hhunit01", "hhunit01", "b.docx", word);
    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
    assertThat(json.readTree(replaced.body()).path("mediaType").asText())
        .isEqualTo(ReportAttachments.DOCX);
    assertThat(rows(meeting)).isEqualTo(1);
    assertThat(download(meeting, "hhunit01", "hhrater01").body()).isEqualTo(word);
  }

  /**
   * Two members of a unit upload its first attachment at the same moment: the colleague's row is
   * inserted (not yet committed) when this upload finds none to replace; this upload's insert then
   * waits for it, meets the unique key and replaces the colleague's file instead of answering 500.
   */
  @Test
  void aFirstUploadRacingAColleaguesReplacesItsFile() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01"), List.of("hhrater01", "hhrater06"));
    long meetingId =
        jdbc.queryForObject(
            "SELECT id FROM rm_meeting WHERE process_instance_id = ?", Long.class, meeting.getId());
    byte[] word = docx();
    try (Connection colleague = dataSource.getConnection()) {
      colleague.setAutoCommit(false);
      try (PreparedStatement insert =
          colleague.prepareStatement(
              "INSERT INTO rm_report_attachment (meeting_id, unit_code, file_name, media_type,"
                  + " size_bytes, sha256, content, uploaded_by, uploaded_at)"
                  + " VALUES (?, 'hhunit01', 'a.pdf', ?, ?, ?, ?, 'hhunit01', CURRENT_TIMESTAMP)")) {
        insert.setLong(1, meetingId);
        insert.setString(2, ReportAttachments.PDF);
        insert.setLong(3, PDF.length);
        insert.setString(4, "0".repeat(64));
        insert.setBytes(5, PDF);
        insert.executeUpdate();
      }
      CompletableFuture<HttpResponse<String>> mine =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return upload(meeting, "hhunit01", "hhunit01", "b.docx", word);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      Thread.sleep(1_000);
      colleague.commit();
      HttpResponse<String> answer = mine.get(30, TimeUnit.SECONDS);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
    assertThat(rows(meeting)).isEqualTo(1);
    assertThat(download(meeting, "hhunit01", "hhrater01").body()).isEqualTo(word);
  }

  static byte[] ole2(String stream) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (POIFSFileSystem ole = new POIFSFileSystem()) {
      ole.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
      ole.writeFilesystem(bytes);
    }
    return bytes.toByteArray();
  }

  /**
   * A Word 97 file (OLE2 with a WordDocument stream) is a .doc; the meeting's list names each
   * attachment once, a unit sees only its own, the report task links to the upload page.
   */
  @Test
  void aDocIsAcceptedAndTheListShowsWhatEachMaySee() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01", "hhunit02"), List.of("hhrater01", "hhrater06"));
    assertThat(
            fixture.tasks.getVariable(
                fixture.reportTask(meeting, "hhunit01").getId(), "attachmentPage"))
        .isEqualTo("/workbench/review-meetings/" + meeting.getId());
    HttpResponse<String> doc =
        upload(meeting, "hhunit01", "hhunit01", "报告.doc", ole2("WordDocument"));
    assertThat(doc.statusCode()).as(doc.body()).isEqualTo(200);
    assertThat(json.readTree(doc.body()).path("mediaType").asText())
        .isEqualTo("application/msword");
    HttpResponse<String> sheet = upload(meeting, "hhunit02", "hhunit02", "表.doc", ole2("Workbook"));
    assertThat(sheet.statusCode()).as(sheet.body()).isEqualTo(400);
    assertThat(upload(meeting, "hhunit02", "hhunit02", "b.pdf", PDF).statusCode()).isEqualTo(200);

    assertThat(list(meeting, "hhrater01")).hasSize(2);
    assertThat(list(meeting, "hhoffice01")).hasSize(2);
    JsonNode own = list(meeting, "hhunit02");
    assertThat(own).hasSize(1);
    assertThat(own.get(0).path("unitCode").asText()).isEqualTo("hhunit02");
    assertThat(own.get(0).has("content") && !own.get(0).path("content").isNull()).isFalse();
    HttpRequest refused =
        HttpRequest.newBuilder(URI.create(listPath(meeting)))
            .header("Authorization", HttpApi.basic("hhrater02"))
            .build();
    assertThat(client.send(refused, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(403);
  }

  String listPath(ProcessInstance meeting) {
    return "http://localhost:" + port + "/api/review-meetings/" + meeting.getId() + "/attachments";
  }

  JsonNode list(ProcessInstance meeting, String user) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(listPath(meeting)))
            .header("Authorization", HttpApi.basic(user))
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  @Test
  void contentThatIsNeitherPdfNorWordIsRefusedWhateverItsName() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01"), List.of("hhrater01", "hhrater06"));
    byte[] text = "这不是 PDF，只是一段文字。".repeat(20).getBytes(StandardCharsets.UTF_8);
    byte[] html =
        "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    byte[] zip;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.putNextEntry(new ZipEntry("run.bat"));
      out.write("echo".getBytes(StandardCharsets.UTF_8));
    }
    zip = bytes.toByteArray();
    for (byte[] content : List.of(text, html, exe, zip)) {
      HttpResponse<String> refused = upload(meeting, "hhunit01", "hhunit01", "报告.pdf", content);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(message(refused)).startsWith("只能上传 PDF 或 Word");
    }
    assertThat(rows(meeting)).isZero();
  }

  @Test
  void aTooLargeFileIsRefusedWithAChineseMessage() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01"), List.of("hhrater01", "hhrater06"));
    byte[] large = Arrays.copyOf(PDF, 11 * 1024 * 1024);
    HttpResponse<String> refused = upload(meeting, "hhunit01", "hhunit01", "大.pdf", large);
    assertThat(refused.statusCode()).isIn(400, 413);
    assertThat(message(refused)).contains("过大");
    assertThat(refused.body()).doesNotContain("Exception");
    assertThat(rows(meeting)).isZero();

    // below Spring's multipart limit (MockMvc has none), the attachment's own limit answers
    mvc.perform(
            multipart("/api/review-meetings/" + meeting.getId() + "/reports/hhunit01/attachment")
                .file(new MockMultipartFile("file", "大.pdf", "application/pdf", large))
                .header("Authorization", HttpApi.basic("hhunit01")))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.message").value("附件过大：不超过 10 MB。"));
    assertThat(rows(meeting)).isZero();
  }

  @Test
  void anotherUnitAndALateUploadAreRefused() throws Exception {
    ProcessInstance meeting =
        fixture.startSmall(List.of("hhunit01", "hhunit02"), List.of("hhrater01", "hhrater06"));
    HttpResponse<String> other = upload(meeting, "hhunit01", "hhunit02", "a.pdf", PDF);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(message(other)).isEqualTo("只有该述职单位可以上传述职报告附件。");
    assertThat(upload(meeting, "hhunit01", "hhrater01", "a.pdf", PDF).statusCode()).isEqualTo(403);

    fixture.submitReport(meeting, "hhunit01");
    HttpResponse<String> late = upload(meeting, "hhunit01", "hhunit01", "a.pdf", PDF);
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(message(late)).isEqualTo("该单位的述职报告任务已结束，不能再上传或更换附件。");
    assertThat(rows(meeting)).isZero();
  }
}
