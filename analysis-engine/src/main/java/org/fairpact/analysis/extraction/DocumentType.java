package org.fairpact.analysis.extraction;

/**
 * The kinds of document the engine can read. The type decides the extraction route, so it is
 * detected from the file's content ({@link DocumentTypes#detect}) and never trusted from a file
 * name or an upload's declared content type.
 */
public enum DocumentType {
  PDF("application/pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  /**
   * A raster image (PNG, JPEG or TIFF). Its media type is the range {@code image/*}; {@link
   * DocumentTypes#detectMediaType} gives the exact one.
   */
  IMAGE("image/*"),
  TEXT("text/plain");

  private final String mediaType;

  DocumentType(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The IANA media type (or, for {@link #IMAGE}, media range) of documents of this type. */
  public String mediaType() {
    return mediaType;
  }
}
