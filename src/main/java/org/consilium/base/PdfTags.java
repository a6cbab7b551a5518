package org.consilium.base;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The logical structure of a {@link PdfPages} document (decision 0039): the document's language, its
 * title shown by viewers, and a tree of structure elements (Document, headings, paragraphs, lists,
 * tables) in reading order. Every piece of page content is either a marked-content sequence tied to
 * its element or an artifact, and the parent tree leads from each page's content back to its element,
 * so that a screen reader reads the document by its tags rather than by where the text sits.
 */
final class PdfTags {

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    /** For each page, by its StructParents key, the element of each of its marked contents, by MCID. */
    private final List<COSArray> parents = new ArrayList<>();
    private PDPage page;

    /** Declares the language (a BCP 47 tag) and that the document is tagged, and opens its Document element. */
    PdfTags(PDDocument doc, String language) {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(language);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        catalog.setStructureTreeRoot(root);
        document = element(root, StandardStructureTypes.DOCUMENT);
    }

    PDStructureElement document() {
        return document;
    }

    /** A new element of the given standard type, as the last kid of {@code parent}. */
    PDStructureElement element(PDStructureNode parent, String type) {
        PDStructureElement e = new PDStructureElement(type, parent);
        parent.appendKid(e);
        return e;
    }

    /** A header cell that heads its column. */
    PDStructureElement columnHeader(PDStructureElement row) {
        PDStructureElement th = element(row, StandardStructureTypes.TH);
        PDTableAttributeObject scope = new PDTableAttributeObject();
        scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
        th.addAttribute(scope);
        return th;
    }

    /** Content from here on is on {@code next}; its marked contents are looked up under a key of its own. */
    void page(PDPage next) {
        page = next;
        page.setStructParents(parents.size());
        // Tab order follows the structure (PDF/UA asks it of every page; these pages have no annotations yet).
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        parents.add(new COSArray());
    }

    /** Starts a marked-content sequence on the current page that belongs to {@code element}. */
    void begin(PDPageContentStream out, PDStructureElement element) throws IOException {
        COSArray onPage = parents.get(page.getStructParents());
        int mcid = onPage.size();
        onPage.add(element);
        out.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        if (element.getPage().getCOSObject() == page.getCOSObject()) {
            element.appendKid(mcid);
        } else {
            // The element began on an earlier page: the reference names the page it continues on.
            PDMarkedContentReference ref = new PDMarkedContentReference();
            ref.setPage(page);
            ref.setMCID(mcid);
            element.appendKid(ref);
        }
    }

    /** Starts content that is no part of the text: a rule, a border. */
    static void beginArtifact(PDPageContentStream out) throws IOException {
        out.beginMarkedContent(COSName.ARTIFACT);
    }

    /** Writes the parent tree; called once, when the pages are done. */
    void finish() {
        Map<Integer, PDParentTreeValue> numbers = new HashMap<>();
        for (int key = 0; key < parents.size(); key++) {
            numbers.put(key, new PDParentTreeValue(parents.get(key)));
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(numbers);
        root.setParentTree(tree);
        root.setParentTreeNextKey(parents.size());
    }
}
