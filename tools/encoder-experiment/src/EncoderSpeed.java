import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fairpact.analysis.segmentation.Clause;
import org.fairpact.analysis.segmentation.ClauseSegmenter;

/**
 * Milliseconds per clause for the encoder on one core (ONNX Runtime, one intra-op thread), over the
 * clauses of the median-size CUAD contract, one clause per run as the engine would call it. Usage:
 * EncoderSpeed MODEL.onnx TOKENIZER.json CUAD-DIR
 */
public final class EncoderSpeed {
  public static void main(String[] args) throws Exception {
    List<Path> files = new ArrayList<>();
    try (var listing = Files.list(Path.of(args[2]))) {
      listing.filter(p -> p.toString().endsWith(".txt")).forEach(files::add);
    }
    files.sort((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()));
    Path median = files.get(files.size() / 2);
    List<Clause> clauses = new ClauseSegmenter().segment(Files.readString(median));
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    try (OrtSession session = env.createSession(args[0], options);
        HuggingFaceTokenizer tokenizer =
            HuggingFaceTokenizer.newInstance(
                Path.of(args[1]),
                Map.of("maxLength", "128", "truncation", "true", "padding", "false"))) {
      double[] ms = new double[clauses.size()];
      long tokens = 0;
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < clauses.size(); i++) {
          long start = System.nanoTime();
          Encoding e = tokenizer.encode(clauses.get(i).text());
          long[][] ids = {e.getIds()};
          long[][] mask = {e.getAttentionMask()};
          long[][] types = {new long[ids[0].length]};
          try (OnnxTensor a = OnnxTensor.createTensor(env, ids);
              OnnxTensor b = OnnxTensor.createTensor(env, mask);
              OnnxTensor c = OnnxTensor.createTensor(env, types);
              OrtSession.Result r =
                  session.run(Map.of("input_ids", a, "attention_mask", b, "token_type_ids", c))) {
            r.get(0);
          }
          ms[i] = (System.nanoTime() - start) / 1e6;
          if (round == 1) {
            tokens += ids[0].length;
          }
        }
      }
      double total = Arrays.stream(ms).sum();
      double[] sorted = ms.clone();
      Arrays.sort(sorted);
      System.out.printf(
          "%s: %d clauses, %.0f tokens each on average; %.1f ms per clause (median %.1f), %.0f ms"
              + " for all of them, on one core%n",
          median.getFileName(),
          clauses.size(),
          tokens / (double) clauses.size(),
          total / clauses.size(),
          sorted[sorted.length / 2],
          total);
    }
  }
}
