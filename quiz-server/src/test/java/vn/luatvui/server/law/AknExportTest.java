package vn.luatvui.server.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import vn.luatvui.bank.formats.AkomaNtoso;
import vn.luatvui.server.support.RunningServer;

/** The store exported as Akoma Ntoso: every file parses, and a provision is found by its eId with its exact text. */
class AknExportTest {
  @RegisterExtension
  static final RunningServer running = new RunningServer();

  @Test
  void the_export_holds_one_well_formed_akoma_ntoso_act_per_law_with_frbr_identification_and_eids() throws Exception {
    HttpResponse<byte[]> r = running.http().getRaw("/api/laws/export.akn", "Accept-Encoding", "identity");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("content-type")).hasValue("application/zip");
    Map<String, Document> files = unzip(r.body());
    assertThat(files).containsKeys("102-2016-qh13.xml", "100-2015-qh13.xml", "168-2024-nd-cp.xml", "hp2013.xml");
    XPath xpath = xpath();

    Document childLaw = files.get("102-2016-qh13.xml");
    assertThat(xpath.evaluate("/akn:akomaNtoso/akn:act/akn:meta/akn:identification/akn:FRBRWork/akn:FRBRthis/@value",
        childLaw)).isEqualTo("/akn/vn/act/luat/2016-04-05/102-2016-qh13/!main");
    assertThat(xpath.evaluate("//akn:FRBRWork/akn:FRBRnumber/@value", childLaw)).isEqualTo("102/2016/QH13");
    assertThat(xpath.evaluate("//akn:FRBRWork/akn:FRBRname/@value", childLaw)).isEqualTo("Luật Trẻ em");
    assertThat(xpath.evaluate("//akn:FRBRExpression/akn:FRBRlanguage/@language", childLaw)).isEqualTo("vie");
    assertThat(xpath.evaluate("//akn:FRBRManifestation/akn:FRBRthis/@value", childLaw))
        .isEqualTo("/akn/vn/act/luat/2016-04-05/102-2016-qh13/vie@/!main.xml");

    String clause = "//akn:chapter[@eId='chp_I']/akn:article[@eId='art_10']/akn:paragraph[@eId='art_10__para_1']";
    assertThat(xpath.evaluate(clause + "/akn:num", childLaw)).isEqualTo("1.");
    assertThat(xpath.evaluate(clause + "/akn:intro/akn:p", childLaw))
        .isEqualTo("Trẻ em có hoàn cảnh đặc biệt bao gồm các nhóm sau đây:");
    assertThat(xpath.evaluate(clause + "/akn:point[@eId='art_10__para_1__point_b']/akn:content/akn:p", childLaw))
        .isEqualTo("Trẻ em bị bỏ rơi;");
    assertThat(xpath.evaluate("//akn:article[@eId='art_1']/akn:content/akn:p", childLaw))
        .isEqualTo("Trẻ em là người dưới 16 tuổi.");

    Document criminalCode = files.get("100-2015-qh13.xml");
    assertThat(xpath.evaluate("//akn:part[@eId='part_1']/akn:chapter[@eId='part_1__chp_I']/akn:num", criminalCode))
        .isEqualTo("Chương I");
    assertThat(((NodeList) xpath.evaluate("//akn:article", criminalCode, XPathConstants.NODESET)).getLength())
        .isGreaterThan(400);
    for (var file : files.entrySet()) {
      assertThat(duplicateIds(file.getValue())).as(file.getKey()).isEmpty();
    }
  }

  @Test
  void a_number_becomes_an_address_without_marks_or_slashes() {
    assertThat(AkomaNtoso.slug("168/2024/NĐ-CP")).isEqualTo("168-2024-nd-cp");
    assertThat(AkomaNtoso.slug("Bộ luật")).isEqualTo("bo-luat");
  }

  private static Map<String, Document> unzip(byte[] zip) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    Map<String, Document> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        // Parsing fails on anything not well-formed.
        out.put(e.getName(), factory.newDocumentBuilder().parse(new ByteArrayInputStream(in.readAllBytes())));
      }
    }
    return out;
  }

  private static Set<String> duplicateIds(Document doc) throws Exception {
    NodeList ids = (NodeList) xpath().evaluate("//@eId", doc, XPathConstants.NODESET);
    Set<String> seen = new HashSet<>();
    Set<String> twice = new HashSet<>();
    for (int i = 0; i < ids.getLength(); i++) {
      if (!seen.add(ids.item(i).getNodeValue())) {
        twice.add(ids.item(i).getNodeValue());
      }
    }
    return twice;
  }

  private static XPath xpath() {
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(new NamespaceContext() {
      @Override
      public String getNamespaceURI(String prefix) {
        return "akn".equals(prefix) ? AkomaNtoso.NAMESPACE : XMLConstants.NULL_NS_URI;
      }

      @Override
      public String getPrefix(String uri) {
        return null;
      }

      @Override
      public java.util.Iterator<String> getPrefixes(String uri) {
        return null;
      }
    });
    return xpath;
  }
}
