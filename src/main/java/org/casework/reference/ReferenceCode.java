package org.casework.reference;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** One code of a vocabulary with its English and Welsh labels. */
@Entity
public class ReferenceCode {

    @EmbeddedId
    public Key key;

    public String labelEn;
    public String labelCy;
    public int sortOrder;
    public boolean active;

    @Embeddable
    public static class Key implements Serializable {
        public String vocabulary;
        public String code;

        protected Key() {
        }

        public Key(String vocabulary, String code) {
            this.vocabulary = vocabulary;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.vocabulary.equals(vocabulary) && k.code.equals(code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(vocabulary, code);
        }
    }
}
