package dev.parley.json;

import dev.parley.core.model.JointProject;
import dev.parley.core.model.ProjectStatus;

/** {@link JointProject} as JSON. */
final class JointProjectFormat {
  static final RecordFormat<JointProject, JointProject.Builder> FORMAT =
      new RecordFormat<>(
          "JointProject",
          JointProject::builder,
          JointProject.Builder::build,
          Field.text("name", JointProject::name, JointProject.Builder::name),
          Field.text("field", JointProject::field, JointProject.Builder::field),
          Field.coded(
              "status", ProjectStatus.class, JointProject::status, JointProject.Builder::status),
          Field.optionalInt(
              "selectedAt", JointProject::selectedAt, JointProject.Builder::selectedAt));

  private JointProjectFormat() {}
}
